package com.atlassian.confluence.pages;

/**
 * Stand-in, subset (confluence 8.7.2 [DF] {@code pages/PageManager.java}, which extends {@code ContentEntityManager};
 * reference §2.4). The superinterface is left out: the plugin calls none of its methods. Both methods are still
 * called on 10.0.1 by [SLACK] ({@code getAbstractPage(long)}; {@code getPage(String, String)} in
 * {@code SlackMessageEventListener}); the create-content plugin uses {@code getPage} to keep index page titles unique
 * ({@code DefaultIndexPageManager}, create-content 18.7.17 [DF]).
 */
public interface PageManager {
    @Deprecated
    AbstractPage getAbstractPage(long id);

    @Deprecated
    Page getPage(String spaceKey, String pageTitle);
}
