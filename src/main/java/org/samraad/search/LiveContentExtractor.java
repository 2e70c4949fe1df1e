package org.samraad.search;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.plugins.index.api.Extractor2;
import com.atlassian.confluence.plugins.index.api.FieldDescriptor;
import java.util.Collection;
import java.util.List;

/**
 * The {@code <extractor2>} module: adds to a page's index document the plugin's live text on that page (agenda,
 * decisions, actions, hearing), so Confluence's search finds a meeting page by what its macros show. Confluence
 * hands every searchable it indexes to every extractor; only pages get text, everything else (comments,
 * attachments, users, spaces) none. What goes in is a reader's view ({@link ReaderPageText}): the index is read by
 * everyone who may view the page.
 */
public class LiveContentExtractor implements Extractor2 {
    private final ReaderPageText text;

    public LiveContentExtractor(ReaderPageText text) {
        this.text = text;
    }

    @Override
    public StringBuilder extractText(Object searchable) {
        return searchable instanceof AbstractPage page ? new StringBuilder(text.of(page.getId())) : new StringBuilder();
    }

    @Override
    public Collection<FieldDescriptor> extractFields(Object searchable) {
        return List.of();
    }
}
