package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** Stand-in (confluence 8.7.2 [DF] {@code pages/AbstractPage.java}). */
public abstract class AbstractPage extends SpaceContentEntityObject {
    @Override
    public String getUrlPath() {
        throw new UnsupportedOperationException("stand-in");
    }
}
