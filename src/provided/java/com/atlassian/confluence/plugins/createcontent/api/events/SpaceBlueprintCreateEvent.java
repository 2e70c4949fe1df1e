package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Stand-in (confluence-create-content-plugin 18.7.17 [DF] {@code createcontent/api/events/SpaceBlueprintCreateEvent.java},
 * {@code @PublicApi}): published after a space is created from a space blueprint; {@code getContext()} holds the
 * wizard's form values.
 */
public class SpaceBlueprintCreateEvent
        extends com.atlassian.confluence.plugins.createcontent.events.SpaceBlueprintCreateEvent {
    public SpaceBlueprintCreateEvent(Object src, Space space, SpaceBlueprint spaceBlueprint, ConfluenceUser creator,
            Map<String, Object> context) {
        super(src, space, spaceBlueprint, creator, context);
    }
}
