package com.atlassian.confluence.plugins.createcontent.events;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Stand-in (confluence-create-content-plugin 18.7.17 [DF] {@code createcontent/events/BlueprintPageCreateEvent.java}),
 * the deprecated superclass of the API event. Real body (the host publishes it) except that the blueprint's
 * module key is not read; {@code getBlueprint()}, {@code getBlueprintKey()} (non-API / deprecated) and the marker
 * {@code types.Created} are left out.
 */
@Deprecated
public class BlueprintPageCreateEvent extends PageEvent {
    private final Map<String, Object> context;
    private final ConfluenceUser creator;

    public BlueprintPageCreateEvent(Object src, Page page, ContentBlueprint blueprint, ConfluenceUser creator,
            Map<String, Object> context) {
        super(src, page);
        this.context = context;
        this.creator = creator;
    }

    public Map<String, Object> getContext() {
        return context;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }
}
