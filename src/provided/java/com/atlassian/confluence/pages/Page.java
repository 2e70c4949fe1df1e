package com.atlassian.confluence.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code pages/Page.java}); the host subclasses it for the pages it creates. The
 * page tree as in the real class: {@code addChild} adds the child and makes this page its parent
 * ({@code setParentPage}), which is how a new child page is placed before {@code saveContentEntity}.
 */
public class Page extends AbstractPage {
    public static final String CONTENT_TYPE = "page";

    private Page parent;
    private List<Page> children = new ArrayList<>();

    @Override
    public String getType() {
        return CONTENT_TYPE;
    }

    public Page getParent() {
        return parent;
    }

    public void setParentPage(Page parent) {
        this.parent = parent;
    }

    public List<Page> getChildren() {
        return children;
    }

    public void addChild(Page child) {
        children.add(child);
        child.setParentPage(this);
    }
}
