package org.samraad.search;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.search.ConfluenceIndexer;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.List;
import org.samraad.action.ActionsChangedEvent;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.LiveContentChangedEvent;
import org.samraad.platform.RegisteredEventListener;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Asks Confluence to re-index a page when the plugin's content on it changed: Confluence re-indexes a page when the
 * page is saved, but agenda items, decisions, actions and hearings change without a page save. Confluence queues
 * the request and runs the extractors (ours among them) when it processes the queue, after the write committed, and
 * drops pages it does not know.
 */
@Component
public class PageReindexer extends RegisteredEventListener {
    private static final String MEETING_PAGES = "SELECT " + column("PageId") + " FROM " + table(MeetingEntity.class)
            + " WHERE " + column("CouncilId") + " = ? AND " + column("PageId") + " IS NOT NULL";

    private final PageManager pages;
    private final ConfluenceIndexer indexer;
    private final ReadOnlySql sql;

    public PageReindexer(@ComponentImport EventPublisher events, @ComponentImport PageManager pages,
            @ComponentImport ConfluenceIndexer indexer, ReadOnlySql sql) {
        super(events);
        this.pages = pages;
        this.indexer = indexer;
        this.sql = sql;
    }

    @EventListener
    public void onLiveContentChanged(LiveContentChangedEvent event) {
        reIndex(event.pageId());
    }

    /** Every meeting page of the council may list the changed action (under an item, or under follow-up). */
    @EventListener
    public void onActionsChanged(ActionsChangedEvent event) {
        List<Long> meetingPages = sql.query(MEETING_PAGES, List.of(event.councilId()), rows -> {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        });
        meetingPages.forEach(this::reIndex);
    }

    private void reIndex(long pageId) {
        @SuppressWarnings("deprecation")
        AbstractPage page = pages.getAbstractPage(pageId);
        if (page != null) {
            indexer.reIndex(page);
        }
    }
}
