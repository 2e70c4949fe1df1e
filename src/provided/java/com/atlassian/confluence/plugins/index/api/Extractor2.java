package com.atlassian.confluence.plugins.index.api;

import java.util.Collection;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code plugins/index/api/Extractor2.java}, full): a search extractor declared with
 * {@code <extractor2>}. Confluence passes every {@code Searchable} it indexes (pages, blog posts, comments,
 * attachments, users …) to each enabled extractor; the text is added to the document's default searchable text.
 */
public interface Extractor2 {
    StringBuilder extractText(Object searchable);

    Collection<FieldDescriptor> extractFields(Object searchable);
}
