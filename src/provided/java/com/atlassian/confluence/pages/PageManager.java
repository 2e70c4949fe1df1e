package com.atlassian.confluence.pages;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code pages/PageManager.java}, which extends {@code ContentEntityManager});
 * subset: the page of a title in a space, or null. [SLACK] calls it on 10.0.1
 * ({@code SlackMessageEventListener}); the create-content plugin uses it to keep index page titles unique
 * ({@code DefaultIndexPageManager}, create-content 18.7.17 [DF]).
 */
public interface PageManager {
    @Deprecated
    Page getPage(String spaceKey, String pageTitle);
}
