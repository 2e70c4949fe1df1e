package org.samraad.devhost.services;

import com.atlassian.confluence.pages.Page;
import java.util.Date;
import org.samraad.devhost.persistence.HostStore.PageRow;

/** A page as the plugin receives it in page events: a Page subclass backed by a host row, in its space. */
public final class HostPage extends Page {
    private final PageRow row;

    public HostPage(PageRow row, HostSpace space) {
        this.row = row;
        setSpace(space);
        setTitle(row.title());
        setBodyAsString(row.body());
        setVersion(row.version());
    }

    /** The stored row this page was read from: the version a save must still find current. */
    PageRow row() {
        return row;
    }

    @Override
    public long getId() {
        return row.id();
    }

    @Override
    public String getUrlPath() {
        return "/pages/viewpage.action?pageId=" + row.id();
    }

    @Override
    public Date getCreationDate() {
        return Date.from(row.created());
    }

    @Override
    public Date getLastModificationDate() {
        return Date.from(row.modified());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostPage other && other.row.id() == row.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(row.id());
    }

    @Override
    public String toString() {
        return "Page " + row.id() + " in " + row.spaceKey();
    }
}
