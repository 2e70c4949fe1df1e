package com.atlassian.confluence.search;

import com.atlassian.bonnie.Searchable;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code search/ConfluenceIndexer.java}), subset: {@code reIndex(Searchable)}; the
 * superinterface {@code com.atlassian.bonnie.Indexer} and the other methods left out. Imported by bundled plugins
 * with {@code @ComponentImport} (confluence-content-property-storage 8.7.2 [DF],
 * {@code plugins/contentproperty/ContentPropertyServiceImpl.java}, which re-indexes the page that holds changed
 * plugin data exactly as this plugin does). Confluence queues the request and runs the extractors later.
 */
public interface ConfluenceIndexer {
    void reIndex(Searchable searchable);
}
