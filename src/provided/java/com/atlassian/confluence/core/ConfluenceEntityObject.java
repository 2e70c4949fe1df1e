package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.core.bean.EntityObject;
import java.io.Serializable;

/** Stand-in (confluence 8.7.2 [DF]). */
public class ConfluenceEntityObject extends EntityObject implements Serializable {
    public ConfluenceUser getCreator() {
        throw new UnsupportedOperationException("stand-in");
    }

    public ConfluenceUser getLastModifier() {
        throw new UnsupportedOperationException("stand-in");
    }
}
