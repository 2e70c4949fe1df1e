package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * Action items on a real database: validation (hostile and oversized input included), permissions (anonymous,
 * reader, editor, a restricted space), the status rules, history rows, optimistic locking, every register filter,
 * sort and paging, and the three-statement budget for 10 and 5 000 actions. Today is {@link #TODAY}.
 */
public class ActionServiceTest extends AoTestSupport {
    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String SECRETARY = "key-secretary";
    private static final String OWNER = "key-owner";
    private static final Map<String, String> USERS = Map.of(
            EDITOR, "Edvin Editor", READER, "Rita Reader", SECRETARY, "Sara Sekretær", OWNER, "Maria Hansen");
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> & =cmd|'/c calc'!A0";

    private FakeConfluence confluence;
    private ActionReads actions;
    private ActionWorkflow workflow;
    private ActionHistory actionHistory;
    private CouncilService councils;
    private ActionCsv csv;
    private Instant now = NOW;
    private int uds;
    private int intern;
    private int redCross;
    private int helaManniskan;
    private int secretOrganisation;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT").space("DIA")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "INT")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(USERS).clock(() -> now).start();
        actions = plugin.get(ActionReads.class);
        workflow = plugin.get(ActionWorkflow.class);
        actionHistory = plugin.get(ActionHistory.class);
        councils = plugin.get(CouncilService.class);
        csv = plugin.get(ActionCsv.class);
        uds = council("UDS", "Udsatterådet");
        intern = council("INT", "Internt råd");
        redCross = organisation("Røde Kors", "UDS");
        helaManniskan = organisation("Hela människan", "UDS");
        secretOrganisation = organisation("Hemmelig forening", "INT");
    }

    // --- create, read, validation

    @Test
    public void anEditorAddsAnActionOwnedByAPersonWithoutAccountAndAnOrganisation() {
        ActionItem created = workflow.create(input(uds, "  Send information om natcaféen ")
                .ownerName(" Maria fra Hela människan ").organisation(helaManniskan).due("2026-12-01")
                .description("Folder og åbningstider").build());

        assertEquals("Send information om natcaféen", created.title());
        assertEquals("Maria fra Hela människan", created.ownerName());
        assertNull(created.ownerUserKey());
        assertEquals("Hela människan", created.organisationName());
        assertEquals(LocalDate.of(2026, 12, 1), created.dueDate());
        assertEquals(ActionStatus.OPEN, created.status());
        assertEquals(0, created.percentDone());
        assertEquals(NOW, created.createdAt());
        assertEquals(NOW, created.updatedAt());
        assertNull(created.completedAt());
        assertFalse(created.overdue());
        assertEquals(0, created.version());
        assertEquals(created, actions.get(created.id()));
    }

    @Test
    public void aConfluenceUserAsOwnerIsStoredByKeyAndShownByFullName() {
        ActionItem created = workflow.create(input(uds, "Undersøg behov").ownerUser(OWNER).build());
        assertEquals(OWNER, created.ownerUserKey());
        assertEquals("Maria Hansen", created.ownerName());
        ActionItemEntity row = ao.get(ActionItemEntity.class, created.id());
        assertNull("the name of a user is never copied", row.getOwnerName());
        assertEquals(EDITOR, row.getCreatedBy());
    }

    @Test
    public void anOrganisationAloneMayOwnAnAction() {
        assertEquals("Røde Kors", workflow.create(input(uds, "Kortlæg behov").organisation(redCross).build())
                .organisationName());
    }

    @Test
    public void everyFieldErrorIsReportedAtOnce() {
        ValidationException e = expectValidation(() -> workflow.create(new Input(null, " ")
                .due("1. december").status("FINISHED").percent(101).build()));
        assertEquals(Set.of("councilId|samraad.error.required", "title|samraad.error.required",
                "owner|samraad.action.error.owner-required", "dueDate|samraad.error.date",
                "status|samraad.error.invalid-choice", "percentDone|samraad.action.error.percent"), fields(e));
    }

    @Test
    public void aUserAndANameTogetherAnUnknownUserAndANegativePercentAreRefused() {
        assertEquals(Set.of("ownerName|samraad.error.user-or-name", "percentDone|samraad.action.error.percent"),
                fields(expectValidation(() -> workflow.create(input(uds, "x").ownerUser(OWNER).ownerName("Maria")
                        .percent(-1).build()))));
        assertEquals(Set.of("ownerUserKey|samraad.error.unknown-user"),
                fields(expectValidation(() -> workflow.create(input(uds, "x").ownerUser("key-nobody").build()))));
    }

    @Test
    public void anOrganisationOfASpaceTheEditorCannotSeeIsRefused() {
        assertEquals(Set.of("organisationId|samraad.action.error.unknown-organisation"),
                fields(expectValidation(() -> workflow.create(input(uds, "x").organisation(secretOrganisation).build()))));
        assertEquals(Set.of("organisationId|samraad.action.error.unknown-organisation"),
                fields(expectValidation(() -> workflow.create(input(uds, "x").organisation(999_999).build()))));
    }

    @Test
    public void theOwningMemberMustBelongToTheCouncil() {
        MemberEntity member = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", intern),
                new DBParam("ROLE", "MEMBER"), new DBParam("NAME", "Ole"), new DBParam("PUBLISH_CONSENT", true),
                new DBParam("VERSION", 0));
        assertEquals(Set.of("ownerMemberId|samraad.action.error.unknown-member"), fields(expectValidation(() ->
                workflow.create(input(uds, "x").ownerName("Ole").member(member.getID()).build()))));
    }

    @Test
    public void anActionFromAMeetingKeepsItsOriginWhichMustBeTheCouncilsMeetingAndItsAgendaItem() {
        int meeting = meeting(uds);
        int otherMeeting = meeting(intern);
        int item = agendaItem(meeting);
        ActionItem created = workflow.create(input(uds, "Følg op").ownerName("Maria").origin(meeting, item).build());
        assertEquals(Integer.valueOf(meeting), created.meetingId());
        assertEquals(Integer.valueOf(item), created.agendaItemId());
        assertEquals(Set.of("meetingId|samraad.action.error.unknown-meeting",
                        "agendaItemId|samraad.action.error.unknown-agenda-item"),
                fields(expectValidation(() -> workflow.create(input(uds, "x").ownerName("M").origin(otherMeeting, item)
                        .build()))));
        assertEquals(Set.of("meetingId|samraad.action.error.origin-fixed"), fields(expectValidation(() ->
                workflow.update(created.id(), input(uds, "Følg op").ownerName("Maria").origin(otherMeeting, null)
                        .version(0).build()))));
    }

    @Test
    public void hostileTextIsStoredAsTextAndComesBackUnchanged() {
        ActionItem created = workflow.create(input(uds, HOSTILE).ownerName(HOSTILE).description(HOSTILE)
                .progress(HOSTILE).build());
        assertEquals(HOSTILE, created.title());
        assertEquals(HOSTILE, created.ownerName());
        assertEquals(HOSTILE, actions.get(created.id()).description());
        ActionItem formula = workflow.create(input(uds, "=cmd|'/c calc'!A0").ownerName("@SUM(1)").build());
        String exported = csv.write(List.of(formula));
        assertTrue(exported, exported.contains("\r\n'=cmd|'/c calc'!A0;'@SUM(1);"));
    }

    @Test
    public void tenThousandCharactersFitTheTextsButNotTheTitleAndControlCharactersAreRefused() {
        String long10k = "æ".repeat(10_000);
        ActionItem created = workflow.create(input(uds, "Lang tekst").ownerName("Maria").description(long10k)
                .progress(long10k).build());
        assertEquals(long10k, actions.get(created.id()).description());
        assertEquals(Set.of("title|samraad.error.too-long", "description|samraad.error.too-long",
                        "ownerName|samraad.error.too-long"),
                fields(expectValidation(() -> workflow.create(input(uds, long10k).ownerName(long10k)
                        .description(long10k + "x").build()))));
        assertEquals(Set.of("title|samraad.error.single-line", "description|samraad.error.control"),
                fields(expectValidation(() -> workflow.create(input(uds, "a\nb").ownerName("M")
                        .description("nul\u0000byte").build()))));
    }

    // --- permissions

    @Test
    public void readersAndAnonymousReadButCannotWrite() {
        ActionItem created = workflow.create(input(uds, "Offentligt punkt").ownerName("Maria").build());
        for (String reader : new String[] {READER, null}) {
            confluence.actAs(reader);
            assertEquals(created.title(), actions.get(created.id()).title());
            assertEquals(1, actionHistory.history(created.id()).size());
            expect(ForbiddenException.class, () -> workflow.create(input(uds, "x").ownerName("M").build()));
            expect(ForbiddenException.class, () -> workflow.update(created.id(),
                    input(uds, "y").ownerName("M").version(0).build()));
            expect(ForbiddenException.class, () -> workflow.delete(created.id()));
        }
    }

    @Test
    public void anActionInASpaceTheCallerCannotViewDoesNotExistForThem() {
        confluence.actAs(SECRETARY);
        ActionItem secret = workflow.create(input(intern, "Intern sag").ownerName("Maria").build());
        for (String outsider : new String[] {EDITOR, READER, null}) {
            confluence.actAs(outsider);
            expect(NotFoundException.class, () -> actions.get(secret.id()));
            expect(NotFoundException.class, () -> actionHistory.history(secret.id()));
            expect(NotFoundException.class, () -> workflow.update(secret.id(),
                    input(intern, "x").ownerName("M").version(0).build()));
            expect(NotFoundException.class, () -> workflow.delete(secret.id()));
            expect(NotFoundException.class, () -> actions.list(filter().council(intern).build()));
            assertTrue(actions.list(ActionFilter.everything()).items().stream().noneMatch(a -> a.id() == secret.id()));
            assertEquals(Set.of("councilId|samraad.action.error.unknown-council"), fields(expectValidation(() ->
                    workflow.create(input(intern, "x").ownerName("M").build()))));
        }
        expect(NotFoundException.class, () -> actions.get(999_999));
    }

    // --- status rules, history, locking

    @Test
    public void doneStoresAHundredPercentAndTheCompletionTimeAndReopeningClearsIt() {
        ActionItem created = workflow.create(input(uds, "Ring til politiet").ownerName("Maria").percent(40).build());
        now = NOW.plusSeconds(3600);
        ActionItem done = workflow.update(created.id(), input(uds, "Ring til politiet").ownerName("Maria")
                .status("done").percent(40).version(0).build());
        assertEquals(ActionStatus.DONE, done.status());
        assertEquals(100, done.percentDone());
        assertEquals(now, done.completedAt());
        assertEquals(1, done.version());

        ActionItem reopened = workflow.update(created.id(), input(uds, "Ring til politiet igen").ownerName("Maria")
                .status("IN_PROGRESS").percent(50).version(1).build());
        assertEquals(ActionStatus.IN_PROGRESS, reopened.status());
        assertEquals(50, reopened.percentDone());
        assertNull(reopened.completedAt());
        assertEquals("Ring til politiet igen", reopened.title());
    }

    @Test
    public void aClosedActionCannotChangeWithoutBeingReopenedNorTurnIntoTheOtherClosedStatus() {
        ActionItem created = workflow.create(input(uds, "Aflyst punkt").ownerName("Maria").status("CANCELLED").build());
        assertEquals(Set.of("status|samraad.action.error.closed"), fields(expectValidation(() -> workflow.update(
                created.id(), input(uds, "Ændret titel").ownerName("Maria").status("CANCELLED").version(0).build()))));
        assertEquals(Set.of("status|samraad.action.error.closed"), fields(expectValidation(() -> workflow.update(
                created.id(), input(uds, "Aflyst punkt").ownerName("Maria").status("DONE").version(0).build()))));
        ActionItem unchanged = workflow.update(created.id(),
                input(uds, "Aflyst punkt").ownerName("Maria").status("CANCELLED").version(0).build());
        assertEquals("saving a closed action as it is is harmless", 1, unchanged.version());
        assertEquals(1, actionHistory.history(created.id()).size());
    }

    @Test
    public void everyChangedFieldIsOneHistoryRowNewestFirstWithWhoAndWhen() {
        ActionItem created = workflow.create(input(uds, "Skriv til kommunen").ownerUser(OWNER).due("2026-12-01").build());
        confluence.actAs(SECRETARY);
        now = NOW.plusSeconds(60);
        workflow.update(created.id(), input(uds, "Skriv til kommunen").ownerName("Maria").organisation(redCross)
                .due("2026-12-15").status("IN_PROGRESS").percent(30).progress("Udkast skrevet").version(0).build());

        List<ActionHistoryEntry> history = actionHistory.history(created.id());
        Map<String, ActionHistoryEntry> byField = history.stream()
                .collect(Collectors.toMap(ActionHistoryEntry::field, h -> h));
        assertEquals(Set.of("created", "ownerUserKey", "ownerName", "organisationId", "dueDate", "status",
                "percentDone", "progressNote"), byField.keySet());
        assertEquals(8, history.size());
        assertEquals("created", history.get(history.size() - 1).field());
        assertEquals("Edvin Editor", byField.get("created").changedBy());
        assertEquals(NOW, byField.get("created").changedAt());
        ActionHistoryEntry status = byField.get("status");
        assertEquals("Sara Sekretær", status.changedBy());
        assertEquals(now, status.changedAt());
        assertEquals("OPEN", status.oldValue());
        assertEquals("IN_PROGRESS", status.newValue());
        assertEquals("user keys are shown as names", "Maria Hansen", byField.get("ownerUserKey").oldValue());
        assertNull(byField.get("ownerUserKey").newValue());
        assertEquals("2026-12-01", byField.get("dueDate").oldValue());
        assertEquals("2026-12-15", byField.get("dueDate").newValue());
        assertEquals(String.valueOf(redCross), byField.get("organisationId").newValue());
        for (ActionHistoryEntity row : ao.find(ActionHistoryEntity.class)) {
            if (!row.getChangeKind().equals("created")) {
                assertEquals(SECRETARY, row.getChangedBy());
            }
        }
    }

    @Test
    public void aStaleVersionIsAConflictAndChangesNothing() {
        ActionItem created = workflow.create(input(uds, "Første").ownerName("Maria").build());
        workflow.update(created.id(), input(uds, "Anden").ownerName("Maria").version(0).build());
        expect(StaleVersionException.class, () ->
                workflow.update(created.id(), input(uds, "Tredje").ownerName("Maria").version(0).build()));
        assertEquals("Anden", actions.get(created.id()).title());
        assertEquals(2, actionHistory.history(created.id()).size());
        assertEquals(Set.of("version|samraad.error.required"), fields(expectValidation(() ->
                workflow.update(created.id(), input(uds, "x").ownerName("M").build()))));
        assertEquals(Set.of("councilId|samraad.action.error.council-fixed"), fields(expectValidation(() ->
                workflow.update(created.id(), input(intern, "x").ownerName("M").version(1).build()))));
    }

    @Test
    public void deletingRemovesTheActionAndItsHistory() {
        ActionItem created = workflow.create(input(uds, "Fejl").ownerName("Maria").build());
        workflow.update(created.id(), input(uds, "Fejl 2").ownerName("Maria").version(0).build());
        workflow.delete(created.id());
        expect(NotFoundException.class, () -> actions.get(created.id()));
        assertEquals(0, ao.count(ActionHistoryEntity.class));
    }

    @Test
    public void anActionIsOverdueWhenItsDueDateHasPassedAndItIsStillToDo() {
        ActionItem late = workflow.create(input(uds, "For sent").ownerName("M").due("2026-11-21").build());
        ActionItem today = workflow.create(input(uds, "I dag").ownerName("M").due("2026-11-22").build());
        ActionItem doneLate = workflow.create(input(uds, "Klaret").ownerName("M").due("2026-11-01").status("DONE").build());
        assertTrue(late.overdue());
        assertFalse(today.overdue());
        assertFalse(doneLate.overdue());
    }

    @Test
    public void justAfterMidnightInCopenhagenAnActionDueYesterdayIsOverdueEverywhereThoughUtcIsStillOnItsDueDay() {
        now = Instant.parse("2026-11-22T23:30:00Z"); // 00:30 on 23 November in Copenhagen, the council's zone
        ActionItem late = workflow.create(input(uds, "I går").ownerName("M").due("2026-11-22").build());
        ActionItem today = workflow.create(input(uds, "I dag").ownerName("M").due("2026-11-23").build());

        assertTrue(late.overdue());
        assertTrue(actions.get(late.id()).overdue());
        assertFalse(actions.get(today.id()).overdue());
        assertEquals(List.of(late.id()), ids(filter().overdue()));
        ActionRegister register = actions.register(councils.get(uds), ActionFilter.everything());
        assertEquals(Set.of(late.id()), register.page().items().stream().filter(ActionItem::overdue)
                .map(ActionItem::id).collect(Collectors.toSet()));
    }

    // --- the register: filters, sorting, paging

    @Test
    public void everyFilterNarrowsTheRegister() {
        int meeting = meeting(uds);
        int a = workflow.create(input(uds, "A").ownerUser(OWNER).organisation(redCross).due("2026-11-20").build()).id();
        int b = workflow.create(input(uds, "B").ownerName("Maria").organisation(helaManniskan).due("2026-11-25")
                .status("IN_PROGRESS").origin(meeting, null).build()).id();
        int c = workflow.create(input(uds, "C").ownerUser(EDITOR).organisation(redCross).due("2026-12-31")
                .status("DONE").build()).id();
        int d = workflow.create(input(uds, "D").ownerName("Ole").build()).id();
        confluence.actAs(SECRETARY);
        int e = workflow.create(input(intern, "E").ownerName("Intern").due("2026-11-01").build()).id();

        assertEquals("due-date order", List.of(e, a, b, c, d), ids(filter()));
        assertEquals(List.of(a, b, c, d), ids(filter().council(uds)));
        assertEquals(List.of(a, c), ids(filter().organisation(redCross)));
        assertEquals(List.of(a), ids(filter().owner(OWNER)));
        assertEquals(List.of(e, a, b, d), ids(filter().status("OPEN,IN_PROGRESS").status("open").status("DONE")
                .statusOnly("OPEN", "IN_PROGRESS")));
        assertEquals(List.of(c), ids(filter().statusOnly("DONE")));
        assertEquals(List.of(e, a), ids(filter().overdue()));
        assertEquals("due today up to three days ahead", List.of(b), ids(filter().dueWithin(3)));
        assertEquals(List.of(b), ids(filter().meeting(meeting)));
        assertEquals("a date already passed is not due within", List.of(c),
                ids(filter().council(uds).organisation(redCross).dueWithin(400).statusOnly()));
        confluence.actAs(EDITOR);
        assertEquals(List.of(c), ids(filter().owner(ActionFilter.ME)));
        assertEquals("the editor cannot see INT", List.of(a, b, c, d), ids(filter()));
        confluence.actAs(null);
        assertEquals("anonymous has no actions of its own", List.of(), ids(filter().owner(ActionFilter.ME)));
    }

    @Test
    public void theRegisterSortsByDueDateStatusOrganisationOrUpdatedEitherWay() {
        int a = workflow.create(input(uds, "A").organisation(redCross).due("2026-12-01").status("DONE").build()).id();
        now = NOW.plusSeconds(10);
        int b = workflow.create(input(uds, "B").organisation(helaManniskan).due("2026-11-01").build()).id();
        now = NOW.plusSeconds(20);
        int c = workflow.create(input(uds, "C").ownerName("Ingen organisation").status("IN_PROGRESS").build()).id();
        now = NOW.plusSeconds(30);
        int d = workflow.create(input(uds, "D").organisation(redCross).due("2026-11-15").status("CANCELLED").build()).id();

        assertEquals("no due date last", List.of(b, d, a, c), ids(filter()));
        assertEquals("no due date last either way", List.of(a, d, b, c), ids(filter().sort("dueDate,desc")));
        assertEquals(List.of(b, c, a, d), ids(filter().sort("status")));
        assertEquals(List.of(d, a, c, b), ids(filter().sort("STATUS,DESC")));
        assertEquals("Hela before Røde, none last", List.of(b, d, a, c), ids(filter().sort("organisation")));
        assertEquals(List.of(d, a, b, c), ids(filter().sort("organisation,desc")));
        assertEquals(List.of(a, b, c, d), ids(filter().sort("updated")));
        now = NOW.plusSeconds(60);
        workflow.update(a, input(uds, "A").organisation(redCross).due("2026-12-01").status("OPEN").version(0).build());
        assertEquals(List.of(a, d, c, b), ids(filter().sort("updated,desc")));
    }

    @Test
    public void pagesCarryTheTotalAndAWindowInOrder() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(workflow.create(input(uds, "P" + i).ownerName("M").due(TODAY.plusDays(i).toString()).build()).id());
        }
        ActionPage page = actions.list(filter().page(3, 2).build());
        assertEquals(7, page.total());
        assertEquals(all.subList(2, 5), page.items().stream().map(ActionItem::id).toList());
        ActionPage beyond = actions.list(filter().page(3, 50).build());
        assertEquals(7, beyond.total());
        assertTrue(beyond.items().isEmpty());
    }

    @Test
    public void badFilterValuesAreRefusedNamingTheParameter() {
        ValidationException e = expectValidation(() -> ActionFilter.parse("abc", "-1", null, List.of("OPEN,FOO"), "yes",
                "-1", "1.5", "title", "abc", "-3"));
        assertEquals(Set.of("councilId", "organisationId", "status", "overdue", "dueWithinDays", "meetingId", "sort",
                "limit", "offset"), e.errors().stream().map(x -> x.field()).collect(Collectors.toSet()));
        assertEquals(500, ActionFilter.parse(null, null, null, null, null, null, null, null, "100000", null).limit());
        assertEquals(50, ActionFilter.parse(null, null, null, null, null, null, null, null, null, null).limit());
        expectValidation(() -> ActionFilter.parse(null, null, null, null, null, null, null, "dueDate; DROP TABLE x",
                null, null));
    }

    @Test
    public void theCsvHasHeadingsStatusNamesAndEveryMatchingAction() {
        workflow.create(input(uds, "Første").ownerUser(OWNER).organisation(redCross).due("2026-11-01").build());
        workflow.create(input(uds, "Anden").ownerName("Ole; Hansen").status("DONE").build());
        String text = csv.export(filter().page(1, 0).build());
        assertTrue(text.startsWith("\uFEFF"));
        String[] lines = text.substring(1).split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0], lines[0].startsWith("Action;Owner;Organisation;Due date;Status"));
        assertTrue(lines[1], lines[1].startsWith("Første;Maria Hansen;Røde Kors;2026-11-01;Open;0;Yes"));
        assertTrue(lines[2], lines[2].startsWith("Anden;\"Ole; Hansen\";;;Done;100;No"));
    }

    // --- statement budget

    @Test
    public void aRegisterPageCostsAtMostThreeStatementsForTenAndForFiveThousandActions() throws Exception {
        for (int count : new int[] {10, 5_000}) {
            ao.deleteWithSQL(ActionItemEntity.class, "ID > ?", 0);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Map<String, Object> row = new HashMap<>();
                row.put("COUNCIL_ID", i % 5 == 0 ? intern : uds);
                row.put("TITLE", "Action " + i);
                row.put("STATUS", ActionStatus.values()[i % 4].name());
                row.put("PERCENT_DONE", i % 101);
                row.put("ORGANISATION_ID", i % 2 == 0 ? redCross : helaManniskan);
                row.put("OWNER_NAME", "Owner " + i);
                row.put("DUE_DATE", CalendarDays.toDate(TODAY.plusDays(i % 60 - 30)));
                row.put("CREATED_AT", Date.from(NOW));
                row.put("UPDATED_AT", Date.from(NOW.plusSeconds(i)));
                row.put("VERSION", 0);
                rows.add(row);
            }
            ao.create(ActionItemEntity.class, rows);
            ao.flushAll();
            int expected = count * 4 / 5;
            sql.assertAtMost(3, () -> {
                ActionPage page = actions.list(ActionFilter.everything());
                assertEquals(expected, page.total());
                assertEquals(Math.min(50, expected), page.items().size());
            });
            sql.assertAtMost(3, () -> actions.list(filter().council(uds).organisation(redCross).statusOnly("OPEN", "DONE")
                    .sort("organisation,desc").page(500, 0).build()));
            sql.assertAtMost(3, () -> actions.list(filter().overdue().sort("updated").build()));
            sql.assertAtMost(3, () -> csv.export(filter().dueWithin(7).build()));
            confluence.actAs(SECRETARY);
            sql.assertAtMost(3, () -> assertEquals(count, actions.list(ActionFilter.everything()).total()));
            confluence.actAs(EDITOR);
        }
    }

    // --- helpers

    private List<Integer> ids(FilterBuilder filter) {
        return actions.list(filter.build()).items().stream().map(ActionItem::id).toList();
    }

    private static FilterBuilder filter() {
        return new FilterBuilder();
    }

    private static Input input(int councilId, String title) {
        return new Input(councilId, title);
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }

    private int council(String spaceKey, String name) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", name),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
    }

    private int organisation(String name, String spaceKey) {
        return ao.create(OrganisationEntity.class, new DBParam("NAME", name), new DBParam("KIND", "USER_ORGANISATION"),
                new DBParam("SPACE_KEY", spaceKey), new DBParam("VERSION", 0)).getID();
    }

    private int meeting(int councilId) {
        return ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", "PLANNED"), new DBParam("STARTS_AT", Date.from(NOW)),
                new DBParam("VERSION", 0)).getID();
    }

    private int agendaItem(int meetingId) {
        return ao.create(AgendaItemEntity.class, new DBParam("MEETING_ID", meetingId), new DBParam("SORT_ORDER", 1),
                new DBParam("TITLE", "Opfølgning"), new DBParam("KIND", "DISCUSSION"),
                new DBParam("DURATION_MINUTES", 10), new DBParam("VERSION", 0)).getID();
    }

    /** An {@link ActionInput} built field by field, so each test names only what it is about. */
    private static final class Input {
        private final Integer councilId;
        private final String title;
        private String description;
        private String ownerUserKey;
        private String ownerName;
        private Integer ownerMemberId;
        private Integer organisationId;
        private String dueDate;
        private String status;
        private Integer percentDone;
        private String progressNote;
        private Integer meetingId;
        private Integer agendaItemId;
        private Integer version;

        Input(Integer councilId, String title) {
            this.councilId = councilId;
            this.title = title;
        }

        Input description(String value) { description = value; return this; }
        Input ownerUser(String value) { ownerUserKey = value; return this; }
        Input ownerName(String value) { ownerName = value; return this; }
        Input member(Integer value) { ownerMemberId = value; return this; }
        Input organisation(Integer value) { organisationId = value; return this; }
        Input due(String value) { dueDate = value; return this; }
        Input status(String value) { status = value; return this; }
        Input percent(Integer value) { percentDone = value; return this; }
        Input progress(String value) { progressNote = value; return this; }
        Input origin(Integer meeting, Integer item) { meetingId = meeting; agendaItemId = item; return this; }
        Input version(Integer value) { version = value; return this; }

        ActionInput build() {
            return new ActionInput(councilId, title, description, ownerUserKey, ownerName, ownerMemberId,
                    organisationId, dueDate, status, percentDone, progressNote, meetingId, agendaItemId, version);
        }
    }

    /** An {@link ActionFilter} as the REST layer parses it, built parameter by parameter. */
    private static final class FilterBuilder {
        private String councilId;
        private String organisationId;
        private String owner;
        private final List<String> status = new ArrayList<>();
        private String overdue;
        private String dueWithinDays;
        private String meetingId;
        private String sort;
        private String limit = "500";
        private String offset;

        FilterBuilder council(int value) { councilId = String.valueOf(value); return this; }
        FilterBuilder organisation(int value) { organisationId = String.valueOf(value); return this; }
        FilterBuilder owner(String value) { owner = value; return this; }
        FilterBuilder status(String value) { status.add(value); return this; }
        FilterBuilder statusOnly(String... values) { status.clear(); status.addAll(List.of(values)); return this; }
        FilterBuilder overdue() { overdue = "true"; return this; }
        FilterBuilder dueWithin(int days) { dueWithinDays = String.valueOf(days); return this; }
        FilterBuilder meeting(int value) { meetingId = String.valueOf(value); return this; }
        FilterBuilder sort(String value) { sort = value; return this; }
        FilterBuilder page(int pageLimit, int pageOffset) {
            limit = String.valueOf(pageLimit);
            offset = String.valueOf(pageOffset);
            return this;
        }

        ActionFilter build() {
            return ActionFilter.parse(councilId, organisationId, owner, status, overdue, dueWithinDays, meetingId, sort,
                    limit, offset);
        }
    }
}
