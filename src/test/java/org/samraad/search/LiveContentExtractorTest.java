package org.samraad.search;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.action.ActionItemEntity;
import org.samraad.action.ActionsChangedEvent;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.hearing.HearingTransition;
import org.samraad.hearing.HearingWorkflow;
import org.samraad.meeting.AgendaAttachmentEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AgendaItemInput;
import org.samraad.meeting.AgendaService;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.RecordingEventPublisher;
import org.samraad.testing.TestPlugin;

/**
 * The search extractor on the test database: what of a meeting page (or a hearing's response page) goes into the
 * page's index document. The index is read by everyone who may view the page, so it holds a reader's view: the
 * agenda once published, decisions and the actions items gave once the minutes are approved, never a closed item
 * or its actions, never a name the member list withholds from readers; and at most three statements a page.
 */
public class LiveContentExtractorTest extends AoTestSupport {
    private static final long PAGE = 4242L;
    private static final long HEARING_PAGE = 4343L;
    private static final long PLAIN_PAGE = 4444L;
    private static final String SECRETARY = "key-secretary";
    private static final String OPEN_MEMBER = "key-open";
    private static final String SHY_MEMBER = "key-shy";
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");

    private FakeConfluence confluence;
    private TestPlugin plugin;
    private LiveContentExtractor extractor;
    private AgendaService agenda;
    private RecordingEventPublisher events;
    private List<Long> reindexed;
    private int council;
    private int meeting;
    private int closedItem;
    private int openItem;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS")
                .grant(null, Permission.VIEW, "UDS")
                .grant(SECRETARY, Permission.ADMINISTER, "UDS").grant(SECRETARY, Permission.EDIT, "UDS")
                .page(PAGE, "UDS").page(HEARING_PAGE, "UDS").page(PLAIN_PAGE, "UDS")
                .actAs(SECRETARY);
        plugin = plugin().confluence(confluence).users(Map.of(SECRETARY, "Sara Sekretær",
                OPEN_MEMBER, "Maria Medlem", SHY_MEMBER, "Svend Stille")).clock(() -> NOW).start();
        agenda = plugin.get(AgendaService.class);
        extractor = plugin.get(LiveContentExtractor.class);
        events = plugin.events();
        reindexed = plugin.reindexed();

        council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
        member(OPEN_MEMBER, true);
        member(SHY_MEMBER, false);
        meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", MeetingStatus.PLANNED.name()),
                new DBParam("STARTS_AT", Date.from(Instant.parse("2026-11-24T18:00:00Z"))),
                new DBParam("VERSION", 0)).getID();
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setPageId(PAGE);
        row.save();
        openItem = item(0, "Budget for natcaféen", false, OPEN_MEMBER, "Natcaféen mangler penge", "Rådet bevilgede tilskud");
        item(1, "Orientering om væresteder", false, SHY_MEMBER, "Vinteråbning", null);
        closedItem = item(2, "Sag om en navngiven borger", true, null, "Fortrolig sagsfremstilling", "Hemmelig afgørelse");
        action("Skriv til forvaltningen om tilskuddet", openItem);
        action("Ring til borgerens kontaktperson", closedItem);
    }

    @Test
    public void aPlannedMeetingsDraftAgendaIsNotIndexed() {
        assertEquals("", text(PAGE));
    }

    @Test
    public void aPublishedAgendaIsIndexedWithoutItsClosedItemDecisionsOrUnpublishedNames() {
        status(MeetingStatus.AGENDA_PUBLISHED);

        String text = text(PAGE);

        assertTrue(text, text.contains("Budget for natcaféen"));
        assertTrue(text, text.contains("Natcaféen mangler penge"));
        assertTrue("a presenter who consented is named", text.contains("Maria Medlem"));
        assertTrue(text.contains("Orientering om væresteder"));
        assertFalse("a presenter who did not consent is not", text.contains("Svend Stille"));
        assertFalse("no decisions before the minutes are approved", text.contains("bevilgede"));
        assertFalse(text.contains("Skriv til forvaltningen"));
        for (String closed : List.of("navngiven borger", "Fortrolig", "Hemmelig", "kontaktperson")) {
            assertFalse("closed item's text: " + closed, text.contains(closed));
        }
    }

    /** Case and document numbers are what people search by; a closed item's never leaves the council. */
    @Test
    public void anItemsCaseNumberAndItsBilagsDocumentNumberAreIndexedButNotAClosedItems() {
        AgendaItemEntity open = ao.get(AgendaItemEntity.class, openItem);
        open.setCaseNumber("2009-20169");
        open.save();
        AgendaItemEntity closed = ao.get(AgendaItemEntity.class, closedItem);
        closed.setCaseNumber("2026-55555");
        closed.save();
        ao.create(AgendaAttachmentEntity.class, new DBParam("AGENDA_ITEM_ID", openItem),
                new DBParam("MEETING_ID", meeting), new DBParam("TITLE", "Bilag til dialogmøde"),
                new DBParam("DOCUMENT_NUMBER", "64637/19"));
        status(MeetingStatus.AGENDA_PUBLISHED);

        String text = text(PAGE);

        assertTrue(text, text.contains("2009-20169"));
        assertTrue(text, text.contains("64637/19"));
        assertFalse(text, text.contains("2026-55555"));
    }

    @Test
    public void approvedMinutesAddDecisionsAndTheActionsOfOpenItemsButNeverAClosedItemsText() {
        status(MeetingStatus.MINUTES_APPROVED);

        String text = text(PAGE);

        assertTrue(text, text.contains("Rådet bevilgede tilskud"));
        assertTrue(text, text.contains("Skriv til forvaltningen om tilskuddet"));
        for (String closed : List.of("navngiven borger", "Fortrolig", "Hemmelig", "kontaktperson")) {
            assertFalse("closed item's text: " + closed, text.contains(closed));
        }
        assertFalse(text.contains("Svend Stille"));
    }

    @Test
    public void aHearingsResponsePageIsIndexedByTheHearingsFacts() {
        HearingEntity hearing = ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", council),
                new DBParam("SUBJECT", "Forslag til hjemløsestrategi"), new DBParam("STATUS", "DRAFTING"),
                new DBParam("VERSION", 0));
        hearing.setIssuingBody("Socialforvaltningen");
        hearing.setSummary("Strategien skal halvere hjemløsheden");
        hearing.setCaseNumber("18/19927");
        hearing.setPageId(HEARING_PAGE);
        hearing.save();

        String text = text(HEARING_PAGE);

        assertTrue(text, text.contains("Forslag til hjemløsestrategi"));
        assertTrue(text.contains("Socialforvaltningen"));
        assertTrue(text.contains("halvere hjemløsheden"));
        assertTrue("found by its case number", text.contains("18/19927"));
        assertEquals("a page that shows no meeting or hearing gets nothing", "", text(PLAIN_PAGE));
    }

    @Test
    public void anApprovedHearingResponseIsIndexedOnItsPageButADraftResponseIsNot() {
        HearingEntity hearing = ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", council),
                new DBParam("SUBJECT", "Forslag til hjemløsestrategi"), new DBParam("STATUS", "DRAFTING"),
                new DBParam("VERSION", 0));
        hearing.setResponse("Rådet støtter strategien med forbehold");
        hearing.setDissent("Et medlem ønsker flere herbergspladser");
        hearing.setEasyRead("Vi siger ja til planen");
        hearing.setPageId(HEARING_PAGE);
        hearing.save();

        assertFalse("a draft may still change", text(HEARING_PAGE).contains("forbehold"));

        hearing.setStatus("APPROVED");
        hearing.save();
        String text = text(HEARING_PAGE);

        assertTrue(text, text.contains("Rådet støtter strategien med forbehold"));
        assertTrue(text.contains("flere herbergspladser"));
        assertTrue(text.contains("Vi siger ja til planen"));
    }

    @Test
    public void extractingAPageCostsAtMostThreeStatements() {
        status(MeetingStatus.MINUTES_APPROVED);
        for (int i = 3; i < 40; i++) {
            item(i, "Punkt " + i, i % 5 == 0, i % 2 == 0 ? OPEN_MEMBER : SHY_MEMBER, "Tekst " + i, "Beslutning " + i);
            action("Opgave " + i, openItem);
        }
        for (long page : List.of(PAGE, HEARING_PAGE, PLAIN_PAGE)) {
            sql.assertAtMost(3, () -> text(page));
        }
    }

    @Test
    public void onlyPagesGetTextAndOtherSearchablesCostNothing() {
        status(MeetingStatus.MINUTES_APPROVED);
        assertEquals(0, sql.count(() -> assertEquals("", extractor.extractText("a comment").toString())));
        assertTrue(extractor.extractFields(confluence.getAbstractPage(PAGE)).isEmpty());
    }

    @Test
    public void changingTheAgendaAsksConfluenceToReindexTheMeetingsPage() {
        agenda.add(meeting, new AgendaItemInput("Nyt punkt", "INFORMATION", null, null, null, 10, false, null, null,
                null, null, null, null, List.of(), null, null, null));

        assertEquals(List.of(PAGE), reindexed);
    }

    @Test
    public void movingAHearingOnAsksConfluenceToReindexItsResponsePage() {
        HearingEntity hearing = ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", council),
                new DBParam("SUBJECT", "Forslag til hjemløsestrategi"), new DBParam("STATUS", "COUNCIL_REVIEW"),
                new DBParam("VERSION", 0));
        hearing.setPageId(HEARING_PAGE);
        hearing.save();

        plugin.get(HearingWorkflow.class).transition(hearing.getID(), new HearingTransition("APPROVED", null, null, 0));

        assertEquals("the approved response becomes searchable", List.of(HEARING_PAGE), reindexed);
    }

    @Test
    public void aChangedActionAsksConfluenceToReindexEveryMeetingPageOfItsCouncil() {
        int other = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", MeetingStatus.HELD.name()),
                new DBParam("STARTS_AT", Date.from(Instant.parse("2026-10-24T18:00:00Z"))),
                new DBParam("VERSION", 0)).getID();
        MeetingEntity row = ao.get(MeetingEntity.class, other);
        row.setPageId(HEARING_PAGE);
        row.save();

        sql.assertAtMost(1, () -> events.publish(new ActionsChangedEvent(council)));

        assertEquals(java.util.Set.of(PAGE, HEARING_PAGE), new java.util.HashSet<>(reindexed));
    }

    private String text(long pageId) {
        return extractor.extractText(confluence.getAbstractPage(pageId)).toString();
    }

    private void status(MeetingStatus status) {
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setStatus(status.name());
        if (status != MeetingStatus.PLANNED) {
            row.setAgendaPublishedAt(Date.from(NOW));
        }
        row.save();
    }

    private void member(String userKey, boolean consent) {
        MemberEntity member = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", council),
                new DBParam("ROLE", "MEMBER"), new DBParam("PUBLISH_CONSENT", consent), new DBParam("VERSION", 0));
        member.setUserKey(userKey);
        member.save();
    }

    private int item(int position, String title, boolean closed, String presenter, String casePresentation,
            String decision) {
        AgendaItemEntity item = ao.create(AgendaItemEntity.class, new DBParam("MEETING_ID", meeting),
                new DBParam("TITLE", title), new DBParam("KIND", "DECISION"), new DBParam("SORT_ORDER", position),
                new DBParam("VERSION", 0));
        item.setClosed(closed);
        item.setDurationMinutes(15);
        item.setPresenterUserKey(presenter);
        item.setCasePresentation(casePresentation);
        item.setDecision(decision);
        item.save();
        return item.getID();
    }

    private void action(String title, int agendaItemId) {
        ActionItemEntity action = ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", council),
                new DBParam("TITLE", title), new DBParam("STATUS", "OPEN"), new DBParam("PERCENT_DONE", 0),
                new DBParam("CREATED_AT", Date.from(NOW)), new DBParam("VERSION", 0));
        action.setMeetingId(meeting);
        action.setAgendaItemId(agendaItemId);
        action.setDueDate(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
        action.save();
    }
}
