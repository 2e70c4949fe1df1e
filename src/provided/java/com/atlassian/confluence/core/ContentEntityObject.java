package com.atlassian.confluence.core;

import com.atlassian.bonnie.Searchable;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code core/ContentEntityObject.java}); the real class extends
 * {@code AbstractLabelableEntityObject}, left out here, and implements {@code Searchable} (what the indexer takes;
 * its other interfaces left out). Title held in a field as in the real class, because the
 * host instantiates pages.
 */
public abstract class ContentEntityObject extends ConfluenceEntityObject implements Searchable {
    private String title;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public abstract String getType();

    public abstract String getUrlPath();
}
