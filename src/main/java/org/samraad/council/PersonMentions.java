package org.samraad.council;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Free-text fields of one feature that may still name a person after erasure. Erasure clears every field that
 * points at a person by key or id; a name typed into a text (a dissent, a progress note, a case presentation) can
 * only be found, so the secretary can edit it. Each feature that stores such texts implements this; erasure asks
 * every implementation (so this package needs to know none of them). Implementations carry Spring's {@code @Order}
 * so the reply lists the texts as the record reads: the meetings' first, then actions, then hearings.
 */
public interface PersonMentions {
    /**
     * Every free-text field of rows of these councils that contains one of the names (ignoring case), in the
     * order a secretary would work through them.
     */
    List<TextMention> find(Collection<Integer> councilIds, Collection<String> names);

    /** Whether {@code text} contains one of the names, ignoring case. */
    static boolean mentions(String text, Collection<String> names) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(name -> lower.contains(name.toLowerCase(Locale.ROOT)));
    }
}
