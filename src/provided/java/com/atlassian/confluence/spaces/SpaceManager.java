package com.atlassian.confluence.spaces;

/** Stand-in (confluence 8.7.2 [DF]; spaceManager.getSpace(String) still called on 10.0.1 by [SLACK]). */
public interface SpaceManager {
    Space getSpace(String spaceKey);

    Space getSpace(long id);
}
