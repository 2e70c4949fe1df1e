package com.atlassian.confluence.pages;

/**
 * Stand-in, subset (confluence 8.7.2 [DF] {@code pages/PageManager.java}; reference §2.4; {@code getAbstractPage(long)}
 * still called on 10.0.1 by [SLACK]). The superinterface {@code core.ContentEntityManager} is left out: the plugin
 * calls none of its methods.
 */
public interface PageManager {
    @Deprecated
    AbstractPage getAbstractPage(long id);
}
