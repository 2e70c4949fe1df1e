package com.atlassian.confluence.event.events.user;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.user.User;

/** Stand-in (confluence 8.7.2 [DF]). The host publishes these, so the body is real. */
public abstract class UserEvent extends ConfluenceEvent {
    private final User user;

    public UserEvent(Object src, User user) {
        super(src);
        this.user = user;
    }

    public User getUser() {
        return user;
    }
}
