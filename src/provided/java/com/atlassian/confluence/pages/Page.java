package com.atlassian.confluence.pages;

/** Stand-in (confluence 8.7.2 [DF] {@code pages/Page.java}); the host subclasses it for the pages it creates. */
public class Page extends AbstractPage {
    public static final String CONTENT_TYPE = "page";

    @Override
    public String getType() {
        return CONTENT_TYPE;
    }
}
