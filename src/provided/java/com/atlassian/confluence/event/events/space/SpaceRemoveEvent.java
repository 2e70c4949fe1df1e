package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.core.util.ProgressMeter;

/**
 * Stand-in (confluence 8.7.2 [DF]): fired after a space is removed; getSpace() is a detached copy carrying key,
 * name and id (reference §2.9). The marker interface {@code events.types.Removed} is left out.
 */
public class SpaceRemoveEvent extends SpaceEvent {
    private final ProgressMeter progressMeter;

    public SpaceRemoveEvent(Object src, Space removedSpace, ProgressMeter progressMeter) {
        super(src, removedSpace);
        this.progressMeter = progressMeter;
    }

    public ProgressMeter getProgressMeter() {
        return progressMeter;
    }
}
