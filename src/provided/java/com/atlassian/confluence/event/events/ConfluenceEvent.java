package com.atlassian.confluence.event.events;

import com.atlassian.event.Event;
import java.io.Serializable;

/** Stand-in (confluence 8.7.2 [DF]). */
public abstract class ConfluenceEvent extends Event implements Serializable {
    public ConfluenceEvent(Object src) {
        super(src);
    }
}
