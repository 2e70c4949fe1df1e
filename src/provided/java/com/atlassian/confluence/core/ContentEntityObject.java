package com.atlassian.confluence.core;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code core/ContentEntityObject.java}); the real class extends
 * {@code AbstractLabelableEntityObject}, left out here. Title held in a field as in the real class, because the
 * host instantiates pages.
 */
public abstract class ContentEntityObject extends ConfluenceEntityObject {
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
