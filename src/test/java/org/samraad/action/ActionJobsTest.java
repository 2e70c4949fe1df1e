package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.StaleVersionException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * Issue 15, point 4, on a real database (HSQLDB, and PostgreSQL or MariaDB with {@code -Ddb=…}): a progress note
 * with each update in the history, Done is 100 %, the delete rule, the readers' filters and the register across
 * councils within three statements, and the "From meeting" origin as each reader may see it (a closed item's title
 * never to readers who may not see closed items).
 */
public class ActionJobsTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String SECRETARY = "key-secretary";
    private static final String READER = "key-reader";
    private static final String OUTSIDER = "key-outsider";
    private static final Map<String, String> USERS = Map.of(SECRETARY, "Sara Sekretær", READER, "Rita Reader",
            OUTSIDER, "Olle Udenfor");

    private FakeConfluence confluence;
    private TestPlugin plugin;
    private ActionWorkflow workflow;
    private ActionReads reads;
    private ActionHistory history;
    private int uds;
    private int intern;
    private int dialog;
    private int redCross;
    private int hela;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT").space("DIA")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "DIA")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "INT")
                .grant(SECRETARY, Permission.EDIT, "DIA")
                .grant(SECRETARY, Permission.ADMINISTER, "UDS")
                .page(501L, "UDS")
                .page(502L, "UDS")
                .restrictPage(502L, SECRETARY)
                .actAs(SECRETARY);
        plugin = plugin().confluence(confluence).users(USERS).clock(() -> NOW).start();
        workflow = plugin.get(ActionWorkflow.class);
        reads = plugin.get(ActionReads.class);
        history = plugin.get(ActionHistory.class);
        uds = council("UDS", "Udsatterådet");
        intern = council("INT", "Internt råd");
        dialog = council("DIA", "Dialogforum");
        redCross = organisation("Røde Kors", "UDS");
        hela = organisation("Hela människan", "UDS");
    }

    // --- a progress note with each update; Done is all of it

    @Test
    public void aProgressNoteWithAnUpdateIsKeptInTheHistoryWithWhoAndWhenEvenWhenItRepeatsTheLastOne() {
        ActionItem action = workflow.create(input(uds, "Kortlæg behov").build());
        ActionItem first = workflow.update(action.id(), input(uds, "Kortlæg behov").status("IN_PROGRESS").percent(30)
                .note("  Spørgeskema sendt  ").version(0).build());
        assertEquals("the note is the action's latest progress note", "Spørgeskema sendt", first.progressNote());
        ActionItem second = workflow.update(action.id(), input(uds, "Kortlæg behov").status("IN_PROGRESS").percent(40)
                .progress(first.progressNote()).note("Spørgeskema sendt").version(first.version()).build());

        List<ActionHistoryEntry> entries = history.history(action.id());
        List<ActionHistoryEntry> notes = entries.stream().filter(e -> e.field().equals(ActionHistory.NOTE)).toList();
        assertEquals("each update's note is a row, the same text twice too", 2, notes.size());
        notes.forEach(note -> {
            assertEquals("Spørgeskema sendt", note.newValue());
            assertNull(note.oldValue());
            assertEquals("who, by the member list's rule (not a member: the name)", "Sara Sekretær", note.changedBy());
            assertEquals(NOW, note.changedAt());
        });
        assertTrue("no second progress-note row beside the note",
                entries.stream().noneMatch(e -> e.field().equals("progressNote")));
        assertEquals(40, second.percentDone());

        ActionItem withoutNote = workflow.update(action.id(), input(uds, "Kortlæg behov").status("IN_PROGRESS")
                .percent(50).progress(second.progressNote()).version(second.version()).build());
        assertEquals("an update without a note keeps the last note", "Spørgeskema sendt", withoutNote.progressNote());
        assertEquals(2, history.history(action.id()).stream().filter(e -> e.field().equals(ActionHistory.NOTE)).count());
        assertEquals(Set.of("note|samraad.error.too-long"), fields(expectValidation(() -> workflow.update(action.id(),
                input(uds, "Kortlæg behov").note("x".repeat(ActionChecks.TEXT_MAX + 1)).version(withoutNote.version())
                        .build()))));
    }

    @Test
    public void markingAnActionDoneStoresAHundredPercentWhateverWasSentAndTheNoteGoesWithIt() {
        ActionItem action = workflow.create(input(uds, "Send information").build());
        ActionItem done = workflow.update(action.id(), input(uds, "Send information").status("DONE").percent(30)
                .note("Folderen er sendt").version(0).build());
        assertEquals(ActionStatus.DONE, done.status());
        assertEquals(100, done.percentDone());
        assertNotNull(done.completedAt());
        assertEquals("Folderen er sendt", done.progressNote());
        assertEquals("Folderen er sendt", history.history(action.id()).stream()
                .filter(e -> e.field().equals(ActionHistory.NOTE)).findFirst().orElseThrow().newValue());
    }

    // --- the delete rule

    @Test
    public void whoeverMayEditTheSpaceDeletesAnActionWithItsWholeHistoryAndAStaleVersionDeletesNothing() {
        ActionItem action = workflow.create(input(uds, "Oprettet ved en fejl").build());
        ActionItem changed = workflow.update(action.id(), input(uds, "Oprettet ved en fejl").note("Nej")
                .version(0).build());

        confluence.actAs(READER);
        expect(ForbiddenException.class, () -> workflow.delete(action.id(), changed.version()));
        confluence.actAs(SECRETARY);
        expect(StaleVersionException.class, () -> workflow.delete(action.id(), 0));
        assertEquals("a refused delete leaves the action and its history", 2, history.history(action.id()).size());

        workflow.delete(action.id(), changed.version());
        expect(NotFoundException.class, () -> reads.get(action.id()));
        assertEquals("the history goes with it", 0, ao.find(ActionHistoryEntity.class,
                net.java.ao.Query.select().where("ACTION_ID = ?", action.id())).length);
    }

    @Test
    public void theRegisterOffersDeleteExactlyToThoseTheServiceLets() {
        org.samraad.council.Council council = plugin.get(org.samraad.council.CouncilService.class).get(uds);
        org.samraad.platform.SpacePermissions permissions = plugin.get(org.samraad.platform.SpacePermissions.class);
        confluence.actAs(SECRETARY);
        assertTrue(ActionDeletion.allowed(permissions, council));
        confluence.actAs(READER);
        assertEquals(false, ActionDeletion.allowed(permissions, council));
        expect(ForbiddenException.class, () -> ActionDeletion.require(permissions, council));
    }

    // --- readers' filters and the register across councils, within three statements

    @Test
    public void theRegisterAcrossCouncilsShowsOnlyTheCouncilsTheReaderMayViewInThreeStatements() {
        workflow.create(input(uds, "Udsat 1").organisation(redCross).due("2026-11-20").build());
        workflow.create(input(uds, "Udsat 2").organisation(hela).due("2026-12-20").build());
        workflow.create(input(intern, "Internt").build());
        workflow.create(input(dialog, "Dialog").due("2026-11-01").build());
        confluence.actAs(READER);

        ActionReads.Across[] across = new ActionReads.Across[1];
        List<String> statements = sql.statementsDuring(() -> across[0] = reads.registerAcross(filter(null)));

        assertTrue(statements.toString(), statements.size() <= 3);
        assertEquals(Set.of("Udsatterådet", "Dialogforum"),
                across[0].councils().stream().map(c -> c.name()).collect(Collectors.toSet()));
        assertEquals(Set.of("Udsat 1", "Udsat 2", "Dialog"), titles(across[0].register().page().items()));
        assertTrue("one list of the permitted councils, never one query per council",
                statements.stream().anyMatch(s -> quoted(s).contains("\"CouncilId\" IN (?, ?)")
                        || quoted(s).contains("\"COUNCIL_ID\" IN (?, ?)")));

        // the readers' filters, server-side, still three statements
        sql.assertAtMost(3, () -> assertEquals(Set.of("Udsat 1", "Dialog"),
                titles(reads.registerAcross(overdue()).register().page().items())));
        sql.assertAtMost(3, () -> assertEquals(Set.of("Udsat 2"), titles(reads.registerAcross(
                ActionFilter.parse(null, String.valueOf(hela), null, List.of(), null, null, null, null, "50", "0"))
                .register().page().items())));
        sql.assertAtMost(3, () -> assertEquals(Set.of("Udsat 1"), titles(reads.list(ActionFilter.parse(
                String.valueOf(uds), String.valueOf(redCross), null, List.of("OPEN"), "true", null, null, null, "50",
                "0")).items())));

        confluence.actAs(OUTSIDER);
        assertEquals("no council, no actions, no error", 0,
                reads.registerAcross(filter(null)).register().page().total());
    }

    @Test
    public void theOwnerFilterFindsAUsersActionsAcrossCouncils() {
        workflow.create(input(uds, "Saras").ownerUser(SECRETARY).build());
        workflow.create(input(dialog, "Også Saras").ownerUser(SECRETARY).build());
        workflow.create(input(dialog, "Andres").build());
        confluence.actAs(READER);
        sql.assertAtMost(3, () -> assertEquals(Set.of("Saras", "Også Saras"), titles(reads.registerAcross(
                ActionFilter.parse(null, null, SECRETARY, List.of(), null, null, null, null, "50", "0"))
                .register().page().items())));
    }

    // --- From meeting

    @Test
    public void fromMeetingNamesAClosedItemByItsNumberAloneToReadersAndInFullToInsiders() {
        int meeting = meeting(uds, "Møde 12. marts", 501L, "HELD");
        agendaItem(meeting, 1, "Godkendelse af dagsorden", false);
        int closed = agendaItem(meeting, 2, "Sag om en enkelt borger", true);
        int open = agendaItem(meeting, 3, "Natcaféen", false);
        ActionItem fromClosed = workflow.create(input(uds, "Følg op på sagen").origin(meeting, closed).build());
        ActionItem fromOpen = workflow.create(input(uds, "Åbningstider").origin(meeting, open).build());

        confluence.actAs(SECRETARY);
        ActionOrigin insider = reads.get(fromClosed.id()).fromMeeting();
        assertEquals(new ActionOrigin(meeting, "Møde 12. marts", "/pages/viewpage.action?pageId=501#agenda-item-"
                + closed, 2, "Sag om en enkelt borger"), withPath(insider));

        confluence.actAs(READER);
        ActionOrigin before = reads.get(fromClosed.id()).fromMeeting();
        assertEquals("before approval a reader sees the meeting, not which item gave the action",
                new ActionOrigin(meeting, "Møde 12. marts", "/pages/viewpage.action?pageId=501", null, null),
                withPath(before));

        MeetingEntity approved = ao.get(MeetingEntity.class, meeting);
        approved.setStatus("MINUTES_APPROVED");
        approved.save();
        ActionOrigin after = reads.get(fromClosed.id()).fromMeeting();
        assertEquals("once approved: the number, never the closed item's title", Integer.valueOf(2), after.itemNumber());
        assertNull(after.itemTitle());
        assertEquals("Natcaféen", reads.get(fromOpen.id()).fromMeeting().itemTitle());
        assertTrue(reads.list(filter(uds)).items().stream().map(ActionItem::fromMeeting)
                .noneMatch(o -> o != null && "Sag om en enkelt borger".equals(o.itemTitle())));

        int restricted = meeting(uds, "Lukket møde", 502L, "MINUTES_APPROVED");
        ActionItem secret = workflowAs(SECRETARY).create(input(uds, "Fra et lukket møde").origin(restricted, null).build());
        confluence.actAs(READER);
        assertNull("a meeting whose page the reader may not view is not named", reads.get(secret.id()).fromMeeting());
        confluence.actAs(SECRETARY);
        assertEquals("Lukket møde", reads.get(secret.id()).fromMeeting().meetingTitle());
    }

    @Test
    public void theOriginCostsNoStatementOfItsOwn() {
        int meeting = meeting(uds, "Møde", 501L, "MINUTES_APPROVED");
        int item = agendaItem(meeting, 1, "Punkt", false);
        for (int i = 0; i < 30; i++) {
            workflow.create(input(uds, "Fra mødet " + i).origin(meeting, item).build());
        }
        confluence.actAs(READER);
        sql.assertAtMost(3, () -> assertEquals(30, reads.list(filter(uds)).items().stream()
                .filter(a -> a.fromMeeting() != null && Integer.valueOf(1).equals(a.fromMeeting().itemNumber())).count()));
    }

    // --- helpers

    private ActionWorkflow workflowAs(String userKey) {
        confluence.actAs(userKey);
        return workflow;
    }

    /** The origin with its link relative to the context path, whatever the fake's base URL. */
    private static ActionOrigin withPath(ActionOrigin origin) {
        String href = origin.href() == null ? null : origin.href().replaceFirst("^https?://[^/]+", "")
                .replaceFirst("^/(confluence|wiki)", "");
        return new ActionOrigin(origin.meetingId(), origin.meetingTitle(), href, origin.itemNumber(), origin.itemTitle());
    }

    private static Set<String> titles(List<ActionItem> items) {
        return items.stream().map(ActionItem::title).collect(Collectors.toSet());
    }

    private static Set<String> fields(org.samraad.platform.ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }

    private static String quoted(String statement) {
        return statement.replace('`', '"');
    }

    private static ActionFilter filter(Integer councilId) {
        return ActionFilter.parse(councilId == null ? null : String.valueOf(councilId), null, null, List.of(), null,
                null, null, null, "50", "0");
    }

    private static ActionFilter overdue() {
        return ActionFilter.parse(null, null, null, List.of(), "true", null, null, null, "50", "0");
    }

    private int council(String spaceKey, String name) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", name),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
    }

    private int organisation(String name, String spaceKey) {
        return ao.create(OrganisationEntity.class, new DBParam("NAME", name), new DBParam("KIND", "USER_ORGANISATION"),
                new DBParam("SPACE_KEY", spaceKey), new DBParam("VERSION", 0)).getID();
    }

    private int meeting(int councilId, String title, Long pageId, String status) {
        MeetingEntity meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("KIND", "ORDINARY"), new DBParam("STATUS", status), new DBParam("TITLE", title),
                new DBParam("STARTS_AT", Date.from(NOW)), new DBParam("VERSION", 0));
        meeting.setPageId(pageId);
        meeting.setAgendaPublishedAt(Date.from(NOW));
        meeting.save();
        return meeting.getID();
    }

    private int agendaItem(int meetingId, int order, String title, boolean closed) {
        AgendaItemEntity item = ao.create(AgendaItemEntity.class, new DBParam("MEETING_ID", meetingId),
                new DBParam("SORT_ORDER", order), new DBParam("TITLE", title), new DBParam("KIND", "DISCUSSION"),
                new DBParam("DURATION_MINUTES", 10), new DBParam("VERSION", 0));
        item.setClosed(closed);
        item.save();
        return item.getID();
    }

    private static Input input(int councilId, String title) {
        return new Input(councilId, title);
    }

    /** An {@link ActionInput} built field by field; a named owner unless told otherwise. */
    private static final class Input {
        private final int councilId;
        private final String title;
        private String ownerUserKey;
        private String ownerName = "Maria";
        private Integer organisationId;
        private String dueDate;
        private String status;
        private Integer percentDone;
        private String progressNote;
        private String note;
        private Integer meetingId;
        private Integer agendaItemId;
        private Integer version;

        Input(int councilId, String title) {
            this.councilId = councilId;
            this.title = title;
        }

        Input ownerUser(String value) { ownerUserKey = value; ownerName = null; return this; }
        Input organisation(Integer value) { organisationId = value; return this; }
        Input due(String value) { dueDate = value; return this; }
        Input status(String value) { status = value; return this; }
        Input percent(Integer value) { percentDone = value; return this; }
        Input progress(String value) { progressNote = value; return this; }
        Input note(String value) { note = value; return this; }
        Input origin(Integer meeting, Integer item) { meetingId = meeting; agendaItemId = item; return this; }
        Input version(Integer value) { version = value; return this; }

        ActionInput build() {
            return new ActionInput(councilId, title, null, ownerUserKey, ownerName, null, organisationId, dueDate,
                    status, percentDone, progressNote, meetingId, agendaItemId, version, note);
        }
    }
}
