package org.samraad.plan;

import java.time.Instant;
import org.samraad.platform.rest.Iso8601;

/**
 * A newly made secret feed address. The token is shown only now: the plugin keeps its hash, not the token.
 *
 * @param path the feed's path below Confluence's base URL
 * @param url the feed's full address, to paste into a calendar app
 */
public record CalendarFeedToken(int councilId, String token, String path, String url, @Iso8601 Instant createdAt) {}
