package com.atlassian.confluence.core;

import com.atlassian.bonnie.Searchable;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code core/ContentEntityObject.java}); the real class extends
 * {@code AbstractLabelableEntityObject}, left out here, and implements {@code Searchable} (what the indexer takes;
 * its other interfaces left out). Title, body and version comment held in fields as in the real class (the body as
 * its one {@code BodyContent}), because the host instantiates pages and applies a {@link Modification} to them.
 * {@code getVersion()} is declared by the real {@code AbstractVersionedEntityObject} (8.7.2 [DF]), found there at
 * run time.
 */
public abstract class ContentEntityObject extends ConfluenceEntityObject implements Searchable {
    private String title;
    private String body = "";
    private String versionComment = "";
    private int version = 1;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyAsString() {
        return body;
    }

    public void setBodyAsString(String content) {
        this.body = content;
    }

    public String getVersionComment() {
        return versionComment;
    }

    public void setVersionComment(String versionComment) {
        this.versionComment = versionComment;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public abstract String getType();

    public abstract String getUrlPath();
}
