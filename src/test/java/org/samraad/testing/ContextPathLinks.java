package org.samraad.testing;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/** Confluence served under a context path, as tests see it: links must keep the prefix. */
public final class ContextPathLinks {
    /** Confluence's context path in these tests: links must start with it. */
    public static final String CONTEXT_PATH = "/wiki";

    private ContextPathLinks() {}

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
