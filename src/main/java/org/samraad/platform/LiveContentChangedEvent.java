package org.samraad.platform;

/**
 * Published by the plugin when what it shows on a page changes without the page being saved (an agenda item edited,
 * a meeting moved on, an action or a hearing changed), so that whoever keeps a copy of the page's text (Confluence's
 * search index, through the plugin's search extractor) can refresh it. Published inside the write's transaction;
 * Confluence's indexer queues the page and reads it again later.
 *
 * @param pageId the Confluence page that shows the changed content
 */
public record LiveContentChangedEvent(long pageId) {

    /** The event for a page, or none when the content is on no page. */
    public static java.util.Optional<LiveContentChangedEvent> forPage(Long pageId) {
        return pageId == null ? java.util.Optional.empty() : java.util.Optional.of(new LiveContentChangedEvent(pageId));
    }
}
