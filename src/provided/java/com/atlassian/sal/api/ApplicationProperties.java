package com.atlassian.sal.api;

/** Stand-in (sal-api 5.1.4 [DF]); subset: the base URL for links in mail, where there is no request. */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
