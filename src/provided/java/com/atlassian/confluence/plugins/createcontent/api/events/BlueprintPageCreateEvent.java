package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Stand-in (confluence-create-content-plugin 18.7.17 [DF] {@code createcontent/api/events/BlueprintPageCreateEvent.java},
 * {@code @PublicApi}): published after a page is created from a blueprint; {@code getContext()} holds the wizard's
 * form values.
 */
public class BlueprintPageCreateEvent
        extends com.atlassian.confluence.plugins.createcontent.events.BlueprintPageCreateEvent {
    public BlueprintPageCreateEvent(Object src, Page page, ContentBlueprint blueprint, ConfluenceUser creator,
            Map<String, Object> context) {
        super(src, page, blueprint, creator, context);
    }
}
