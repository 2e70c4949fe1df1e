package com.atlassian.sal.api;

/** Stand-in (sal-api 5.1.4 [DF]). */
public enum UrlMode {
    RELATIVE, RELATIVE_CANONICAL, ABSOLUTE, CANONICAL, AUTO
}
