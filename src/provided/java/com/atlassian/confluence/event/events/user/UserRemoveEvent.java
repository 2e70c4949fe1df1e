package com.atlassian.confluence.event.events.user;

import com.atlassian.user.User;

/**
 * Stand-in (confluence 8.7.2 [DF]): fired before a user is removed, while the user (a ConfluenceUser, so the
 * key is known) still exists. The marker interface {@code events.types.Removed} is not used and left out.
 */
public class UserRemoveEvent extends UserEvent {
    public UserRemoveEvent(Object src, User user) {
        super(src, user);
    }
}
