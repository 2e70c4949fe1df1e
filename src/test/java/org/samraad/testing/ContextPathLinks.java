package org.samraad.testing;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.samraad.meeting.MeetingLinks;

/** Page links as a Confluence served under a context path builds them, so tests see that links keep the prefix. */
public final class ContextPathLinks {
    /** Confluence's context path in these tests: links must start with it. */
    public static final String CONTEXT_PATH = "/wiki";

    private ContextPathLinks() {}

    public static MeetingLinks links() {
        return new MeetingLinks(applicationProperties());
    }

    /** Confluence at {@code https://wiki.example.org/wiki}. */
    public static ApplicationProperties applicationProperties() {
        return new ApplicationProperties() {
            @Override
            public String getBaseUrl() {
                return "https://wiki.example.org" + CONTEXT_PATH;
            }

            @Override
            public String getBaseUrl(UrlMode urlMode) {
                return urlMode == UrlMode.RELATIVE ? CONTEXT_PATH : getBaseUrl();
            }
        };
    }
}
