package org.samraad.action;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.samraad.council.Council;
import org.samraad.council.Viewer;
import org.samraad.meeting.AgendaItemView;
import org.samraad.meeting.MeetingDisclosure;
import org.samraad.platform.PageLinks;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.SpacePermissions;
import org.springframework.stereotype.Component;

/**
 * What a caller sees of where an action came from ({@link ActionOrigin}), by the meeting's own rules ("Who sees
 * what, when"): the meeting only when its page admits the caller ({@link PagePermissions}); the agenda item only
 * once the caller may see the actions an item gave ({@link MeetingDisclosure#record()}: preparers always, others
 * from approval), and a closed item's title only to those who see closed items ({@link
 * MeetingDisclosure#closedItems()}: insiders), everyone else its number alone. No SQL: the row carries the meeting
 * and item, and permissions are Confluence's; asked once per council, standing and page within one read.
 */
@Component
public class ActionOriginRule {
    private final SpacePermissions spaces;
    private final PagePermissions pages;
    private final PageLinks links;

    public ActionOriginRule(SpacePermissions spaces, PagePermissions pages, PageLinks links) {
        this.spaces = spaces;
        this.pages = pages;
        this.links = links;
    }

    /** A judge for one read: it remembers the answers it asked Confluence for, so a page of rows asks each once. */
    Judge judge() {
        return new Judge();
    }

    final class Judge {
        private final Map<List<Object>, Viewer> viewers = new HashMap<>();
        private final Map<Long, Boolean> viewablePages = new HashMap<>();

        /** The origin of {@code row} as the caller may see it, or null. */
        ActionOrigin of(ActionRow row, Council council) {
            ActionRow.StoredOrigin origin = row.origin();
            if (origin == null) {
                return null;
            }
            if (origin.pageId() != null && !viewablePages.computeIfAbsent(origin.pageId(), pages::canView)) {
                return null;
            }
            Viewer viewer = viewers.computeIfAbsent(List.of(council.spaceKey(), row.callerServingInsider()), key -> {
                boolean administrator = spaces.canAdminister(council.spaceKey());
                return new Viewer(administrator || row.callerServingInsider(),
                        administrator || spaces.canEdit(council.spaceKey()), administrator, false);
            });
            return shown(origin, MeetingDisclosure.of(origin.status(), origin.agendaWentOut(), viewer),
                    origin.pageId() == null ? null : links.page(origin.pageId()));
        }
    }

    /** The rule itself, without Confluence: what of {@code origin} a reader with {@code disclosure} sees. */
    static ActionOrigin shown(ActionRow.StoredOrigin origin, MeetingDisclosure disclosure, String pageHref) {
        boolean item = origin.itemId() != null && origin.itemNumber() != null && disclosure.record();
        boolean title = item && (!origin.itemClosed() || disclosure.closedItems());
        String href = pageHref == null ? null : item ? pageHref + "#" + AgendaItemView.anchor(origin.itemId()) : pageHref;
        return new ActionOrigin(origin.meetingId(), origin.meetingTitle(), href, item ? origin.itemNumber() : null,
                title ? origin.itemTitle() : null);
    }
}
