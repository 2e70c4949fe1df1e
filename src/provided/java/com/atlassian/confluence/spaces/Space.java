package com.atlassian.confluence.spaces;

import com.atlassian.confluence.core.ConfluenceEntityObject;

/** Stand-in (confluence 8.7.2 [DF]); only the members the plugin uses. The host subclasses it. */
public class Space extends ConfluenceEntityObject {
    public Space() {}

    public Space(String spaceKey) {}

    public String getKey() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getName() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getDisplayTitle() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getUrlPath() {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean isPersonal() {
        throw new UnsupportedOperationException("stand-in");
    }
}
