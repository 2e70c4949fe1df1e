package org.samraad.devhost.render;

import com.atlassian.confluence.pages.Page;

/** The page a macro is rendered on, as {@code ConversionContext.getEntity()} returns it: identified by its id. */
final class RenderedPage extends Page {
    private final long id;

    RenderedPage(long id) {
        this.id = id;
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public String getUrlPath() {
        return "/pages/viewpage.action?pageId=" + id;
    }
}
