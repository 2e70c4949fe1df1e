package com.atlassian.confluence.plugins.createcontent.events;

import com.atlassian.confluence.event.events.space.SpaceEvent;
import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Stand-in (confluence-create-content-plugin 18.7.17 [DF] {@code createcontent/events/SpaceBlueprintCreateEvent.java}),
 * the deprecated superclass of the API event. Real body (the host publishes it); {@code getSpaceBlueprint()}
 * (a non-API type) and the marker {@code types.Created} are left out.
 */
@Deprecated
public class SpaceBlueprintCreateEvent extends SpaceEvent {
    private final ConfluenceUser creator;
    private final Map<String, Object> context;

    public SpaceBlueprintCreateEvent(Object src, Space space, SpaceBlueprint spaceBlueprint, ConfluenceUser creator,
            Map<String, Object> context) {
        super(src, space);
        this.creator = creator;
        this.context = context;
    }

    public Map<String, Object> getContext() {
        return context;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }
}
