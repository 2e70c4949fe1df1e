package com.atlassian.sal.api;

/** Stand-in (subset): sal-api 5.1.4. */
public interface ApplicationProperties {
    @Deprecated
    String getBaseUrl();

    String getBaseUrl(UrlMode urlMode);
}
