package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.RecordingEventPublisher;

/**
 * The meeting blueprint's two halves on a real database: the context provider titles the page after the council's
 * pattern, and the listener records the meeting for the new page as the creating user, with its standing items,
 * once, and only for our wizard.
 */
public class MeetingBlueprintListenerTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");
    private static final String SECRETARY = "key-secretary";
    private static final String READER = "key-reader";

    private FakeConfluence confluence;
    private TestPlugin plugin;
    private RecordingEventPublisher events;
    private MeetingBlueprintListener listener;
    private MeetingBlueprintContextProvider provider;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("NONE")
                .grant(SECRETARY, Permission.ADMINISTER, "UDS")
                .grant(SECRETARY, Permission.ADMINISTER, "NONE")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "NONE")
                .grant(READER, Permission.VIEW, "UDS")
                .actAs(SECRETARY);
        plugin = plugin().confluence(confluence).clock(() -> NOW).start();
        events = plugin.events();
        listener = plugin.get(MeetingBlueprintListener.class);
        provider = plugin.get(MeetingBlueprintContextProvider.class);
        CouncilEntity council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"),
                new DBParam("NAME", "Udsatterådet"), new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0));
        council.setLocale("da");
        council.save();
    }

    @Test
    public void theContextProviderTitlesThePageAfterTheCouncilsPattern() {
        Map<String, Object> context = provider.getContextMap(wizard("UDS", "DIALOGUE", "2026-03-12"));
        assertEquals("Udsatterådet – dialogmøde 12. marts 2026", context.get("ContentPageTitle"));
        assertEquals("the wizard's values stay in the context", "DIALOGUE", context.get("meetingKind"));

    }

    @Test
    public void withoutACouncilOrWithBadInputThePageIsStillTitledForCreateContentSavesNoTitleOtherwise() {
        assertEquals("Meeting", provider.getContextMap(wizard("NONE", "ORDINARY", "2026-03-12")).get("ContentPageTitle"));
        assertEquals("Meeting", provider.getContextMap(wizard("UDS", "ORDINARY", "12.03.2026")).get("ContentPageTitle"));
        assertEquals("Meeting", provider.getContextMap(wizard("UDS", "<b>", "2026-03-12")).get("ContentPageTitle"));
    }

    @Test
    public void aTitleTheSpaceAlreadyHasGetsTheNextNumber() {
        confluence.titledPage("UDS", "Udsatterådet – møde 12. marts 2026");
        assertEquals("Udsatterådet – møde 12. marts 2026 (2)",
                provider.getContextMap(wizard("UDS", "ORDINARY", "2026-03-12")).get("ContentPageTitle"));
        confluence.titledPage("UDS", "Udsatterådet – møde 12. marts 2026 (2)").titledPage("NONE", "Meeting");
        assertEquals("Udsatterådet – møde 12. marts 2026 (3)",
                provider.getContextMap(wizard("UDS", "ORDINARY", "2026-03-12")).get("ContentPageTitle"));
        assertEquals("Meeting (2)", provider.getContextMap(wizard("NONE", "ORDINARY", "2026-03-12")).get("ContentPageTitle"));
        assertEquals("Udsatterådet – møde 13. marts 2026",
                provider.getContextMap(wizard("UDS", "ORDINARY", "2026-03-13")).get("ContentPageTitle"));
    }

    @Test
    public void theListenerRecordsTheMeetingForTheNewPageWithItsStandingItemsOnce() {
        Map<String, Object> context = wizard("UDS", "ORDINARY", "2026-03-12");
        context.put("startTime", "17:00");
        context.put("endTime", "19:00");
        context.put("place", "Rådhuset");
        context.put("openToPublic", "true");

        listener.onBlueprintPageCreated(event(4711L, "UDS", "Udsatterådet – møde 12. marts 2026", context));
        listener.onBlueprintPageCreated(event(4711L, "UDS", "Udsatterådet – møde 12. marts 2026", context));

        MeetingEntity[] rows = ao.find(MeetingEntity.class, Query.select().where("PAGE_ID = ?", 4711L));
        assertEquals("the same event twice records one meeting", 1, rows.length);
        Meeting meeting = plugin.get(MeetingService.class).get(rows[0].getID());
        assertEquals("Udsatterådet – møde 12. marts 2026", meeting.title());
        assertEquals(LocalDateTime.of(2026, 3, 12, 17, 0), meeting.startsAt());
        assertEquals(LocalDateTime.of(2026, 3, 12, 19, 0), meeting.endsAt());
        assertEquals("Rådhuset", meeting.place());
        assertTrue(meeting.openToPublic());
        assertEquals(List.of("APPROVE_AGENDA", "APPROVE_MINUTES", "FOLLOW_UP", "AOB"), Arrays.stream(
                ao.find(AgendaItemEntity.class, Query.select().where("MEETING_ID = ?", meeting.id()).order("SORT_ORDER")))
                .map(AgendaItemEntity::getStandingKind).toList());
    }

    @Test
    public void otherBlueprintsBadInputUsersWhoMayNotEditAndReadOnlyModeRecordNothing() {
        Map<String, Object> memberList = wizard("UDS", "ORDINARY", "2026-03-12");
        memberList.put("samraadBlueprint", "member-list");
        listener.onBlueprintPageCreated(event(1L, "UDS", "Medlemmer", memberList));
        listener.onBlueprintPageCreated(event(2L, "UDS", "Uden dato", wizard("UDS", "ORDINARY", "")));
        listener.onBlueprintPageCreated(event(3L, "NONE", "Intet råd", wizard("NONE", "ORDINARY", "2026-03-12")));
        confluence.actAs(READER);
        listener.onBlueprintPageCreated(event(4L, "UDS", "Læser", wizard("UDS", "ORDINARY", "2026-03-12")));
        confluence.actAs(SECRETARY).readOnly(true);
        listener.onBlueprintPageCreated(event(5L, "UDS", "Skrivebeskyttet", wizard("UDS", "ORDINARY", "2026-03-12")));

        assertEquals(0, ao.count(MeetingEntity.class));
        assertTrue(events.registered().contains(listener));
    }

    private static Map<String, Object> wizard(String spaceKey, String kind, String date) {
        Map<String, Object> context = new HashMap<>();
        context.put("samraadBlueprint", "meeting");
        context.put("spaceKey", spaceKey);
        context.put("meetingKind", kind);
        context.put("meetingDate", date);
        context.put("startTime", new String[] {"17:00"});
        return context;
    }

    /** The event for a page the blueprint has just created: Confluence has the page by then. */
    private BlueprintPageCreateEvent event(long pageId, String spaceKey, String title, Map<String, Object> context) {
        confluence.page(pageId, spaceKey);
        Page page = new Page() {
            @Override
            public long getId() {
                return pageId;
            }
        };
        page.setSpace(confluence.getSpace(spaceKey));
        page.setTitle(title);
        return new BlueprintPageCreateEvent(this, page, null, null, context);
    }
}
