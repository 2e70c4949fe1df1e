package org.samraad.platform;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The reader's texts as templates see them ({@code $t.text(key)}). A class of our own rather than the
 * map itself: Confluence 9+ lets templates call only allowlisted methods, and a plugin may allowlist only its
 * own classes, so {@code Map.get} is no way for a template to look a text up.
 */
public final class TemplateTexts {
    private final Function<String, String> lookup;
    /** Sized for a page's few hundred texts: growing it step by step showed in a page view's profile. */
    private final Map<String, Optional<String>> looked = new ConcurrentHashMap<>(512);

    /**
     * Texts looked up as the templates ask for them, each once (a page's templates use a few hundred of the
     * plugin's texts, and gathering all of them for each page cost more than the rest of the meeting header).
     *
     * @param lookup a key's text as written (not formatted), or null when it has none
     */
    public TemplateTexts(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /** The text of {@code key}; null (the template shows the reference) when the key has none. */
    public String text(String key) {
        return looked.computeIfAbsent(key, k -> Optional.ofNullable(lookup.apply(k))).orElse(null);
    }
}
