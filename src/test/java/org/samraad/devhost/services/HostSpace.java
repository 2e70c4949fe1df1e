package org.samraad.devhost.services;

import com.atlassian.confluence.spaces.Space;
import java.util.Date;
import org.samraad.devhost.persistence.HostStore.SpaceRow;

/** A space as the plugin receives it from SpaceManager: a Space subclass backed by a host row. */
public final class HostSpace extends Space {
    private final SpaceRow row;

    public HostSpace(SpaceRow row) {
        super(row.key());
        this.row = row;
    }

    public Long homePageId() {
        return row.homePageId();
    }

    @Override
    public long getId() {
        return row.id();
    }

    @Override
    public String getKey() {
        return row.key();
    }

    @Override
    public String getName() {
        return row.name();
    }

    @Override
    public String getDisplayTitle() {
        return row.name();
    }

    @Override
    public String getUrlPath() {
        return "/display/" + row.key();
    }

    @Override
    public boolean isPersonal() {
        return row.key().startsWith("~");
    }

    @Override
    public Date getCreationDate() {
        return Date.from(row.created());
    }

    @Override
    public Date getLastModificationDate() {
        return Date.from(row.created());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostSpace other && other.row.id() == row.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(row.id());
    }

    @Override
    public String toString() {
        return "Space " + row.key();
    }
}
