package com.atlassian.core.bean;

import java.util.Date;

/** Stand-in (atlassian-core 8.0.1 [DF]). The host subclasses it; bodies here are never packaged. */
public class EntityObject implements Cloneable {
    public long getId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Date getCreationDate() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Date getLastModificationDate() {
        throw new UnsupportedOperationException("stand-in");
    }
}
