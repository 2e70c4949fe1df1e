package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;

/**
 * Stand-in, subset (confluence 8.7.2 [DF] {@code pages/PageManager.java}, which extends {@code ContentEntityManager};
 * reference §2.4). Both lookups are still called on 10.0.1 by [SLACK] ({@code getAbstractPage(long)};
 * {@code getPage(String, String)} in {@code SlackMessageEventListener}); the create-content plugin uses
 * {@code getPage} to keep index page titles unique ({@code DefaultIndexPageManager}, create-content 18.7.17 [DF]).
 * The plugin writes pages through the superinterface's saves (approved minutes as a new page version).
 */
public interface PageManager extends ContentEntityManager {
    @Deprecated
    AbstractPage getAbstractPage(long id);

    @Deprecated
    Page getPage(String spaceKey, String pageTitle);
}
