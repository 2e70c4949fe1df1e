package org.samraad.devhost.services;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/** The host's base URL: served at the root context, so relative links start with "/" and need no prefix. */
public final class HostApplicationProperties implements ApplicationProperties {
    private static final String CONTEXT_PATH = "";

    private volatile String absoluteBaseUrl = "http://localhost";

    /** Set once the server knows its port. */
    public void absoluteBaseUrl(String baseUrl) {
        this.absoluteBaseUrl = baseUrl;
    }

    @Override
    @Deprecated
    public String getBaseUrl() {
        return absoluteBaseUrl;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return switch (urlMode) {
            case RELATIVE, RELATIVE_CANONICAL -> CONTEXT_PATH;
            default -> absoluteBaseUrl;
        };
    }
}
