package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/** Stand-in (confluence 8.7.2 [DF] {@code core/SpaceContentEntityObject.java}); bodies as in the real class. */
public abstract class SpaceContentEntityObject extends ContentEntityObject {
    private Space space;

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }

    public String getSpaceKey() {
        return getSpace() == null ? null : getSpace().getKey();
    }
}
