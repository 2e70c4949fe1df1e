package org.samraad.search;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.search.ConfluenceIndexer;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.samraad.platform.LiveContentChangedEvent;
import org.samraad.platform.RegisteredEventListener;
import org.springframework.stereotype.Component;

/**
 * Asks Confluence to re-index a page when the plugin's content on it changed: Confluence re-indexes a page when the
 * page is saved, but agenda items, decisions, actions and hearings change without a page save. Confluence queues
 * the request and runs the extractors (ours among them) when it processes the queue, after the write committed.
 */
@Component
public class PageReindexer extends RegisteredEventListener {
    private final PageManager pages;
    private final ConfluenceIndexer indexer;

    public PageReindexer(@ComponentImport EventPublisher events, @ComponentImport PageManager pages,
            @ComponentImport ConfluenceIndexer indexer) {
        super(events);
        this.pages = pages;
        this.indexer = indexer;
    }

    @EventListener
    public void onLiveContentChanged(LiveContentChangedEvent event) {
        @SuppressWarnings("deprecation")
        AbstractPage page = pages.getAbstractPage(event.pageId());
        if (page != null) {
            indexer.reIndex(page);
        }
    }
}
