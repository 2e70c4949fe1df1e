package org.samraad.platform;

import java.util.Map;

/**
 * The reader's texts as templates see them ({@code $t.text(key)}). A class of our own rather than the
 * map itself: Confluence 9+ lets templates call only allowlisted methods, and a plugin may allowlist only its
 * own classes, so {@code Map.get} is no way for a template to look a text up.
 */
public final class TemplateTexts {
    private final Map<String, String> texts;

    public TemplateTexts(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The text of {@code key}; null (the template shows the reference) when the key has none. */
    public String text(String key) {
        return texts.get(key);
    }
}
