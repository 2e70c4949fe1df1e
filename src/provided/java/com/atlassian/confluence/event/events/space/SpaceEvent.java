package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.confluence.spaces.Space;

/** Stand-in (confluence 8.7.2 [DF]). The host publishes these, so the body is real. */
public abstract class SpaceEvent extends ConfluenceEvent {
    protected Space space;

    public SpaceEvent(Object src) {
        super(src);
    }

    public SpaceEvent(Object src, Space space) {
        super(src);
        this.space = space;
    }

    public Space getSpace() {
        return space;
    }
}
