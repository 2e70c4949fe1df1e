package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;
import org.samraad.action.ActionItemEntity;
import org.samraad.council.CouncilEntity;
import org.samraad.platform.ConfirmationRequiredException;
import org.samraad.platform.FieldError;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.TextLengths;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.Rows;
import org.samraad.testing.FakeConfluence;

/**
 * Meetings on a real database: titles from the council's pattern in its language, deadlines from its settings,
 * wall-clock times across the daylight-saving change, validation with hostile input, permissions, optimistic
 * locking, every allowed and forbidden lifecycle step, deletion with everything hanging off a meeting, and the list
 * with its filters in three statements.
 */
public class MeetingServiceTest extends AoTestSupport {
    static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String PLAIN_EDITOR = "key-plain-editor";
    private static final String ADMIN = "key-admin";
    private static final Map<String, String> USERS = Map.of(EDITOR, "Edith Redaktør", READER, "Rita Reader");
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> & ;,\\";

    private FakeConfluence confluence;
    private MeetingService meetings;
    private Instant now = NOW;
    private int uds;
    private int sweden;
    private int intern;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("GUG").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(EDITOR, Permission.EDIT, "GUG")
                .grant(PLAIN_EDITOR, Permission.EDIT, "UDS")
                .grant(ADMIN, Permission.ADMINISTER, "UDS")
                .actAs(EDITOR);
        meetings = plugin().confluence(confluence).users(USERS).clock(() -> now).start().get(MeetingService.class);
        uds = council("UDS", "Udsatterådet", "da", null);
        sweden = council("GUG", "Utvecklingsgruppen", "sv", null);
        intern = council("INT", "Internt råd", "da", null);
        // the lifecycle is the secretariat's: the acting editor serves as the councils' secretary
        new Rows(ao).secretary(uds, EDITOR);
        new Rows(ao).secretary(sweden, EDITOR);
    }

    @Test
    public void onlyTheSecretariatMovesAMeetingThroughItsLifeOtherEditorsGet403() {
        for (MeetingStatus from : MeetingStatus.values()) {
            for (MeetingStatus to : MeetingLifecycle.next(from)) {
                int id = meetingIn(from);
                confluence.actAs(PLAIN_EDITOR);
                expect(ForbiddenException.class, () -> meetings.transition(id, step(from, to, 0)));
                assertEquals(from.name(), ao.get(MeetingEntity.class, id).getStatus());
                confluence.actAs(ADMIN);
                assertEquals("a space administrator is the secretariat", to, meetings.transition(id, step(from, to, 0))
                        .status());
                confluence.actAs(EDITOR);
            }
        }
        int id = meetingIn(MeetingStatus.PLANNED);
        assertEquals("the serving secretary", MeetingStatus.AGENDA_PUBLISHED,
                meetings.transition(id, to("AGENDA_PUBLISHED", 0)).status());
        confluence.actAs(PLAIN_EDITOR);
        Meeting planned = meetings.create(uds, input("ORDINARY", "2026-03-19", "17:00", null));
        assertEquals("other editors still plan and change meetings", 1,
                meetings.update(planned.id(), change(planned, "2026-03-20")).version());
    }

    @Test
    public void theApproversAndReopenersUserKeysAreHiddenFromOutsidersWhenTheirNamesAre() {
        // the acting secretary's member row has no consent to publication
        Meeting meeting = meetings.create(uds, input("ORDINARY", "2026-03-12", "17:00", null));
        meetings.transition(meeting.id(), to("HELD", 0));
        meetings.transition(meeting.id(), to("MINUTES_APPROVED", 1));
        for (String outsider : new String[] {null, READER}) {
            confluence.actAs(outsider);
            Meeting shown = meetings.get(meeting.id());
            assertNull(outsider, shown.minutesApprovedBy());
            assertNull("the council's list too", meetings.list(uds, MeetingFilter.all()).items().get(0)
                    .minutesApprovedBy());
            assertEquals("the moment stays", ao.get(MeetingEntity.class, meeting.id()).getMinutesApprovedAt().toInstant(),
                    shown.minutesApprovedAt());
        }
        confluence.actAs(ADMIN);
        assertEquals("an insider sees the key", EDITOR, meetings.get(meeting.id()).minutesApprovedBy());
        assertEquals(EDITOR, meetings.list(uds, MeetingFilter.all()).items().get(0).minutesApprovedBy());
        confluence.actAs(EDITOR);
        meetings.transition(meeting.id(), reopen(2, "Forkert dato"));
        confluence.actAs(READER);
        assertNull(meetings.get(meeting.id()).minutesReopenedBy());
        new Rows(ao).member(uds, "MEMBER").user(EDITOR).consent(true).save();
        assertEquals("a member who consented is named, key and all", EDITOR, meetings.get(meeting.id()).minutesReopenedBy());
    }

    @Test
    public void markingAMeetingHeldBeforeItsStartAsksForConfirmation() {
        int id = meetingIn(MeetingStatus.AGENDA_PUBLISHED);
        ConfirmationRequiredException early = expect(ConfirmationRequiredException.class,
                () -> meetings.transition(id, unconfirmed("HELD", 0)));
        assertEquals(409, early.status());
        assertEquals("samraad.meeting.confirm.held-early", early.messageKey());
        assertEquals(List.of("NOT_STARTED"), early.reasons().stream().map(r -> r.kind()).toList());
        assertEquals("in the caller's language", List.of("12 March 2026, 17:00"), early.reasons().get(0).arguments());
        assertEquals("nothing written", "AGENDA_PUBLISHED", ao.get(MeetingEntity.class, id).getStatus());

        assertEquals(MeetingStatus.HELD, meetings.transition(id, to("HELD", 0)).status());
        now = Instant.parse("2026-03-12T16:00:00Z");
        int started = meetingIn(MeetingStatus.PLANNED);
        assertEquals("17:00 in Copenhagen has come: no question", MeetingStatus.HELD,
                meetings.transition(started, unconfirmed("HELD", 0)).status());
    }

    @Test
    public void approvingIncompleteMinutesListsWhatIsMissingAndNeedsConfirmation() {
        int id = meetingIn(MeetingStatus.HELD);
        AgendaItemEntity decided = item(id, 10, "Budget 2027", "DECISION", "Vedtaget");
        AgendaItemEntity open = item(id, 11, "Ny formand", "DECISION", null);
        item(id, 12, "Orientering", "INFORMATION", null);

        ConfirmationRequiredException missing = expect(ConfirmationRequiredException.class,
                () -> meetings.transition(id, unconfirmed("MINUTES_APPROVED", 0)));

        assertEquals(409, missing.status());
        assertEquals("samraad.meeting.confirm.minutes-incomplete", missing.messageKey());
        assertEquals(List.of("ATTENDANCE", "DECISION"), missing.reasons().stream().map(r -> r.kind()).toList());
        ConfirmationRequiredException.Reason item = missing.reasons().get(1);
        assertEquals("standing items 1–3 come first, AOB last", Integer.valueOf(5), item.number());
        assertEquals(Integer.valueOf(open.getID()), item.id());
        assertEquals("Ny formand", item.title());
        assertEquals("samraad.meeting.confirm.no-decision", item.messageKey());
        assertEquals("HELD", ao.get(MeetingEntity.class, id).getStatus());
        assertNotNull(decided);

        Meeting approved = meetings.transition(id, to("MINUTES_APPROVED", 0));
        assertEquals(MeetingStatus.MINUTES_APPROVED, approved.status());

        int complete = meetingIn(MeetingStatus.HELD);
        item(complete, 10, "Budget 2027", "DECISION", "Vedtaget");
        ao.create(AttendanceEntity.class, new DBParam("MEETING_ID", complete), new DBParam("STATUS", "PRESENT"),
                new DBParam("NAME", "Gæst"));
        assertEquals("complete minutes need no confirmation", MeetingStatus.MINUTES_APPROVED,
                meetings.transition(complete, unconfirmed("MINUTES_APPROVED", 0)).status());
    }

    @Test
    public void aNewMeetingGetsTheCouncilsTitleDeadlinesAndStandingItems() {
        Meeting meeting = meetings.create(uds, input("ORDINARY", "2026-03-12", "17:00", "19:00"));

        assertEquals("Udsatterådet – møde 12. marts 2026", meeting.title());
        assertEquals(MeetingStatus.PLANNED, meeting.status());
        assertEquals(LocalDateTime.of(2026, 3, 12, 17, 0), meeting.startsAt());
        assertEquals(LocalDateTime.of(2026, 3, 12, 19, 0), meeting.endsAt());
        assertEquals("Europe/Copenhagen", meeting.zone());
        assertEquals("request deadline: 10 days before", LocalDate.of(2026, 3, 2), meeting.requestDeadline());
        assertEquals("dispatch deadline: 7 days before", LocalDate.of(2026, 3, 5), meeting.dispatchDeadline());
        assertEquals("minutes target: 14 days after", LocalDate.of(2026, 3, 26), meeting.minutesTarget());
        assertNull(meeting.agendaOnTime());
        assertNull(meeting.minutesOnTime());
        assertEquals(0, meeting.version());

        AgendaItemEntity[] items = ao.find(AgendaItemEntity.class,
                Query.select().where("MEETING_ID = ?", meeting.id()).order("SORT_ORDER"));
        assertEquals(List.of("APPROVE_AGENDA", "APPROVE_MINUTES", "FOLLOW_UP", "AOB"),
                Arrays.stream(items).map(AgendaItemEntity::getStandingKind).toList());
        assertTrue(Arrays.stream(items).allMatch(i -> i.getKind().equals("STANDING")));
        assertEquals(List.of(1, 2, 3, StandingItems.AOB_SORT_ORDER),
                Arrays.stream(items).map(AgendaItemEntity::getSortOrder).toList());
        assertEquals("the council's language, not the creating user's", "Eventuelt", items[3].getTitle());
        Meeting swedish = meetings.create(sweden, input("ORDINARY", "2026-03-12", "17:00", "19:00"));
        assertEquals("Övriga frågor", ao.find(AgendaItemEntity.class, Query.select()
                .where("MEETING_ID = ? AND STANDING_KIND = ?", swedish.id(), "AOB"))[0].getTitle());
    }

    @Test
    public void titlesFollowTheCouncilsLanguageAndPattern() {
        assertEquals("Utvecklingsgruppen – extra möte 29 maj 2026",
                meetings.create(sweden, input("EXTRAORDINARY", "2026-05-29", "13:00", null)).title());
        assertEquals("Europe/Stockholm", meetings.create(sweden, input("DIALOGUE", "2026-06-01", "13:00", null)).zone());
        assertEquals("Udsatterådet – dialogmøde 1. juni 2026",
                meetings.create(uds, input("DIALOGUE", "2026-06-01", "10:00", null)).title());
        assertEquals("Udsatterådet – temadag 2. juni 2026",
                meetings.create(uds, input("THEME_DAY", "2026-06-02", "10:00", null)).title());
        CouncilEntity council = ao.get(CouncilEntity.class, uds);
        council.setMeetingTitlePattern("{date}: {kind} i {council} ({council})");
        council.setLocale("en");
        council.save();
        assertEquals("3 June 2026: extraordinary meeting i Udsatterådet (Udsatterådet)",
                meetings.create(uds, input("EXTRAORDINARY", "2026-06-03", "10:00", null)).title());
        MeetingInput titled = new MeetingInput("ORDINARY", "2026-06-04", "10:00", null, null, true, "  Eget navn  ",
                null, null);
        assertEquals("a given title wins, trimmed", "Eget navn", meetings.create(uds, titled).title());
    }

    @Test
    public void aMeetingKeepsItsWallClockTimeAcrossTheDaylightSavingChange() {
        Meeting before = meetings.create(uds, input("ORDINARY", "2026-03-28", "17:00", "19:00"));
        Meeting after = meetings.create(uds, input("ORDINARY", "2026-03-29", "17:00", "19:00"));
        Meeting autumn = meetings.create(sweden, input("ORDINARY", "2026-10-25", "17:00", null));

        assertEquals(Instant.parse("2026-03-28T16:00:00Z"), stored(before.id()));
        assertEquals("summer time from 29 March", Instant.parse("2026-03-29T15:00:00Z"), stored(after.id()));
        assertEquals("winter time again from 25 October", Instant.parse("2026-10-25T16:00:00Z"), stored(autumn.id()));
        assertEquals(LocalDateTime.of(2026, 3, 29, 17, 0), meetings.get(after.id()).startsAt());
        assertEquals(LocalDateTime.of(2026, 3, 29, 19, 0), meetings.get(after.id()).endsAt());
    }

    @Test
    public void wrongOrHostileInputIsRefusedFieldByField() {
        ValidationException missing = expectValidation(() -> meetings.create(uds,
                new MeetingInput(null, " ", null, null, null, null, null, null, null)));
        assertEquals(Set.of("kind", "date", "startTime"), fields(missing));

        ValidationException wrong = expectValidation(() -> meetings.create(uds,
                new MeetingInput("WEEKLY", "12-03-2026", "5pm", "25:00", "x".repeat(451), false, "t".repeat(451), 0L,
                        null)));
        assertEquals(Set.of("kind", "date", "startTime", "endTime", "place", "title", "pageId"), fields(wrong));

        ValidationException order = expectValidation(() -> meetings.create(uds,
                input("ORDINARY", "2026-03-12", "17:00", "17:00")));
        assertEquals(List.of(FieldError.of("endTime", "samraad.meeting.error.end-before-start")), order.errors());

        ValidationException control = expectValidation(() -> meetings.create(uds, new MeetingInput("ORDINARY",
                "2026-03-12", "17:00", null, "Rådhuset\u0000", false, "Møde\nmed linjeskift", null, null)));
        assertEquals(Set.of("place", "title"), fields(control));

        Meeting hostile = meetings.create(uds, new MeetingInput("ordinary", "2026-03-12", "17:00", null, HOSTILE, true,
                HOSTILE, null, null));
        assertEquals("stored as typed; escaping is the output's job", HOSTILE, hostile.title());
        assertEquals(HOSTILE, hostile.place());
        assertTrue(hostile.openToPublic());
        assertEquals(0, ao.count(MeetingEntity.class, Query.select().where("PLACE = ?", "x".repeat(451))));
    }

    @Test
    public void onlyEditorsOfTheSpacePlanChangeAndDeleteMeetings() {
        Meeting meeting = meetings.create(uds, input("ORDINARY", "2026-03-12", "17:00", null));
        confluence.actAs(READER);
        expect(ForbiddenException.class, () -> meetings.create(uds, input("ORDINARY", "2026-03-13", "17:00", null)));
        expect(ForbiddenException.class, () -> meetings.update(meeting.id(), change(meeting, "2026-03-13")));
        expect(ForbiddenException.class, () -> meetings.transition(meeting.id(), to("HELD", 0)));
        expect(ForbiddenException.class, () -> meetings.delete(meeting.id()));
        assertEquals(meeting.title(), meetings.get(meeting.id()).title());
        confluence.actAs(null);
        assertEquals("anonymous readers of a public space read", meeting.id(), meetings.get(meeting.id()).id());
        expect(NotFoundException.class, () -> meetings.list(intern, MeetingFilter.all()));
        confluence.actAs(EDITOR);
        expect(NotFoundException.class, () -> meetings.create(intern, input("ORDINARY", "2026-03-12", "17:00", null)));
        expect(NotFoundException.class, () -> meetings.get(987_654));
    }

    @Test
    public void aChangeNeedsTheCurrentVersionAndANewDateMovesTheDeadlines() {
        Meeting meeting = meetings.create(uds, input("ORDINARY", "2026-03-12", "17:00", null));
        CouncilEntity council = ao.get(CouncilEntity.class, uds);
        council.setRequestDays(20);
        council.save();

        Meeting samePlace = meetings.update(meeting.id(), new MeetingInput("ORDINARY", "2026-03-12", "18:00", "20:00",
                "Rådhuset", false, null, null, 0));
        assertEquals(1, samePlace.version());
        assertEquals("the same day keeps the announced deadline", LocalDate.of(2026, 3, 2), samePlace.requestDeadline());
        assertEquals("Rådhuset", samePlace.place());

        Meeting moved = meetings.update(meeting.id(), change(samePlace, "2026-04-16"));
        assertEquals(LocalDate.of(2026, 3, 27), moved.requestDeadline());
        assertEquals(LocalDate.of(2026, 4, 9), moved.dispatchDeadline());
        assertEquals(LocalDate.of(2026, 4, 30), moved.minutesTarget());
        assertEquals("no title: the pattern again, for the new date", "Udsatterådet – møde 16. april 2026", moved.title());

        expect(StaleVersionException.class, () -> meetings.update(meeting.id(), change(samePlace, "2026-04-17")));
        assertEquals(Set.of("version"), fields(expectValidation(() -> meetings.update(meeting.id(),
                new MeetingInput("ORDINARY", "2026-03-12", "18:00", null, null, false, null, null, null)))));
    }

    @Test
    public void approvedOrPublishedMinutesFreezeTheFactsTheyStateUntilReopened() {
        for (MeetingStatus locked : new MeetingStatus[] {MeetingStatus.MINUTES_APPROVED, MeetingStatus.PUBLISHED}) {
            int id = meetingIn(locked);
            Meeting before = meetings.get(id);
            for (MeetingInput changed : new MeetingInput[] {
                    change(before, "2026-03-13"),
                    new MeetingInput("EXTRAORDINARY", "2026-03-12", "17:00", null, null, false, null, null, 0),
                    new MeetingInput("ORDINARY", "2026-03-12", "18:00", null, null, false, null, null, 0),
                    new MeetingInput("ORDINARY", "2026-03-12", "17:00", "19:00", null, false, null, null, 0),
                    new MeetingInput("ORDINARY", "2026-03-12", "17:00", null, "Rådhuset", false, null, null, 0),
                    new MeetingInput("ORDINARY", "2026-03-12", "17:00", null, null, true, null, null, 0),
                    new MeetingInput("ORDINARY", "2026-03-12", "17:00", null, null, false, "Andet navn", null, 0)}) {
                MeetingLockedException refused = expect(MeetingLockedException.class, () -> meetings.update(id, changed));
                assertEquals(409, refused.status());
                assertEquals("samraad.meeting.error.locked-facts", refused.messageKey());
            }
            assertEquals("nothing written", before, meetings.get(id));
            assertEquals("the same facts sent back (or a page bound) change nothing the minutes state", 1,
                    meetings.update(id, new MeetingInput("ORDINARY", "2026-03-12", "17:00", null, null, false,
                            null, null, 0)).version());
        }
        int reopened = meetingIn(MeetingStatus.MINUTES_APPROVED);
        meetings.transition(reopened, new MeetingTransitionInput("HELD", 0, true, "Forkert dato"));
        assertEquals(LocalDate.of(2026, 3, 13), meetings.update(reopened, change(meetings.get(reopened), "2026-03-13"))
                .startsAt().toLocalDate());
    }

    @Test
    public void aPageHoldsOneMeetingAndAMeetingKeepsItsPage() {
        confluence.page(4711L, "UDS").page(4712L, "UDS").page(4713L, "UDS");
        Meeting first = meetings.create(uds, new MeetingInput("ORDINARY", "2026-03-12", "17:00", null, null, false,
                null, 4711L, null));
        assertEquals(Long.valueOf(4711L), first.pageId());
        assertEquals(Set.of("pageId"), fields(expectValidation(() -> meetings.create(uds, new MeetingInput("ORDINARY",
                "2026-03-13", "17:00", null, null, false, null, 4711L, null)))));
        Meeting pageless = meetings.create(uds, input("ORDINARY", "2026-03-14", "17:00", null));
        Meeting paged = meetings.update(pageless.id(), new MeetingInput("ORDINARY", "2026-03-14", "17:00", null, null,
                false, null, 4712L, 0));
        assertEquals("a meeting without a page gets its page later", Long.valueOf(4712L), paged.pageId());
        assertEquals(Set.of("pageId"), fields(expectValidation(() -> meetings.update(paged.id(), new MeetingInput(
                "ORDINARY", "2026-03-14", "17:00", null, null, false, null, 4713L, paged.version())))));
    }

    @Test
    public void aMeetingBindsOnlyAnExistingPageOfItsCouncilsSpace() {
        confluence.page(5001L, "GUG").page(5002L, "UDS");
        Set<String> notInSpace = Set.of("pageId|samraad.meeting.error.page-not-in-space");
        assertEquals("another space's page, though the editor may edit that space too", notInSpace, errors(expectValidation(
                () -> meetings.create(uds, new MeetingInput("ORDINARY", "2026-03-12", "17:00", null, null, false, null,
                        5001L, null)))));
        assertEquals("a page id no page has yet: it could later be created elsewhere", notInSpace, errors(expectValidation(
                () -> meetings.create(uds, new MeetingInput("ORDINARY", "2026-03-12", "17:00", null, null, false, null,
                        5999L, null)))));
        assertEquals("nothing written", 0, ao.count(MeetingEntity.class));

        Meeting pageless = meetings.create(uds, input("ORDINARY", "2026-03-14", "17:00", null));
        assertEquals(notInSpace, errors(expectValidation(() -> meetings.update(pageless.id(), new MeetingInput(
                "ORDINARY", "2026-03-14", "17:00", null, null, false, null, 5001L, 0)))));
        assertEquals(notInSpace, errors(expectValidation(() -> meetings.update(pageless.id(), new MeetingInput(
                "ORDINARY", "2026-03-14", "17:00", null, null, false, null, 5999L, 0)))));
        assertNull("nothing written", meetings.get(pageless.id()).pageId());
        assertEquals("a page of the council's space", Long.valueOf(5002L), meetings.update(pageless.id(),
                new MeetingInput("ORDINARY", "2026-03-14", "17:00", null, null, false, null, 5002L, 0)).pageId());
    }

    @Test
    public void everyStepOfTheLifecycleIsPinned() {
        Set<String> allowed = Set.of(
                "PLANNED>AGENDA_PUBLISHED", "PLANNED>HELD", "PLANNED>CANCELLED",
                "AGENDA_PUBLISHED>HELD", "AGENDA_PUBLISHED>CANCELLED",
                "HELD>MINUTES_APPROVED",
                "MINUTES_APPROVED>PUBLISHED", "MINUTES_APPROVED>HELD",
                "PUBLISHED>HELD",
                "CANCELLED>PLANNED");
        for (MeetingStatus from : MeetingStatus.values()) {
            for (MeetingStatus to : MeetingStatus.values()) {
                int id = meetingIn(from);
                String pair = from + ">" + to;
                if (allowed.contains(pair)) {
                    Meeting moved = meetings.transition(id, step(from, to, 0));
                    assertEquals(pair, to, moved.status());
                    assertEquals(pair, 1, moved.version());
                } else {
                    ValidationException refused = expectValidation(() -> meetings.transition(id, to(to.name(), 0)));
                    assertEquals(pair, "to", refused.errors().get(0).field());
                    assertEquals(pair, "samraad.meeting.error.transition", refused.errors().get(0).messageKey());
                    assertEquals(pair, from.name(), ao.get(MeetingEntity.class, id).getStatus());
                }
            }
        }
        assertEquals(List.of("PLANNED>AGENDA_PUBLISHED", "PLANNED>HELD", "PLANNED>CANCELLED"),
                MeetingLifecycle.next(MeetingStatus.PLANNED).stream().map(s -> "PLANNED>" + s).toList());
    }

    @Test
    public void aReopenNeedsAReasonOnOneLineWhichIsStoredAndShownToWhoeverSeesTheMeeting() {
        for (MeetingStatus locked : new MeetingStatus[] {MeetingStatus.MINUTES_APPROVED, MeetingStatus.PUBLISHED}) {
            int id = meetingIn(locked);
            for (String missing : new String[] {null, "", "  \n "}) {
                ValidationException refused = expectValidation(() -> meetings.transition(id, reopen(0, missing)));
                assertEquals(List.of(FieldError.of("reason", "samraad.meeting.error.reopen-reason-required")),
                        refused.errors());
            }
            assertEquals("samraad.error.too-long", expectValidation(() -> meetings.transition(id,
                    reopen(0, "x".repeat(TextLengths.LONG_LINE + 1)))).errors().get(0).messageKey());
            assertEquals("reason", expectValidation(() -> meetings.transition(id, reopen(0, "To\nlinjer")))
                    .errors().get(0).field());
            assertEquals("nothing changed", locked.name(), ao.get(MeetingEntity.class, id).getStatus());
            assertEquals(0, ao.get(MeetingEntity.class, id).getVersion());
            String longest = "æ".repeat(TextLengths.LONG_LINE);
            assertEquals(longest, meetings.transition(id, reopen(0, longest)).minutesReopenReason());
        }
        int id = meetingIn(MeetingStatus.MINUTES_APPROVED);
        Meeting reopened = meetings.transition(id, reopen(0, "Fremmødet manglede Jonas"));
        for (String anyone : new String[] {null, READER, PLAIN_EDITOR, ADMIN}) {
            confluence.actAs(anyone);
            assertEquals(anyone, "Fremmødet manglede Jonas", meetings.get(id).minutesReopenReason());
        }
        confluence.actAs(EDITOR);
        Meeting again = meetings.transition(id, to("MINUTES_APPROVED", reopened.version()));
        assertEquals("kept with who and when after a new approval", "Fremmødet manglede Jonas",
                again.minutesReopenReason());
        assertEquals("the next reopen has its own reason", "Ny rettelse",
                meetings.transition(id, reopen(again.version(), "Ny rettelse")).minutesReopenReason());
    }

    @Test
    public void aReasonWithAnyStepButAReopenIsRefusedRatherThanDropped() {
        int id = meetingIn(MeetingStatus.HELD);
        ValidationException refused = expectValidation(() -> meetings.transition(id,
                new MeetingTransitionInput("MINUTES_APPROVED", 0, true, "Godkendt på mødet")));
        assertEquals(List.of(FieldError.of("reason", "samraad.meeting.error.reason-only-reopen")), refused.errors());
        assertEquals("HELD", ao.get(MeetingEntity.class, id).getStatus());
        assertEquals("a blank reason is no reason", MeetingStatus.MINUTES_APPROVED, meetings.transition(id,
                new MeetingTransitionInput("MINUTES_APPROVED", 0, true, " ")).status());
        assertNull(meetings.get(id).minutesReopenReason());
    }

    @Test
    public void aRefusedStepNamesTheAllowedOnesInTheCallersLanguage() {
        int id = meetingIn(MeetingStatus.PLANNED);
        ValidationException refused = expectValidation(() -> meetings.transition(id, to("PUBLISHED", 0)));
        assertEquals(List.of("Planned", "Agenda published, Held or Cancelled"),
                refused.errors().get(0).arguments());
        ValidationException unknown = expectValidation(() -> meetings.transition(id, to("DONE", 0)));
        assertEquals("to", unknown.errors().get(0).field());
        assertEquals(Set.of("to", "version"), fields(expectValidation(() -> meetings.transition(id, to(null, null)))));
        expect(StaleVersionException.class, () -> meetings.transition(id, to("HELD", 7)));
    }

    @Test
    public void theLifecycleRecordsWhoAndWhenAndAReopenClearsTheApproval() {
        Meeting meeting = meetings.create(uds, input("ORDINARY", "2026-03-12", "17:00", null));
        now = Instant.parse("2026-03-05T21:30:00Z");
        Meeting published = meetings.transition(meeting.id(), to("AGENDA_PUBLISHED", 0));
        assertEquals(now, published.agendaPublishedAt());
        assertEquals("the invitation went out in the step's transaction", now, published.agendaSentAt());
        assertEquals("22:30 in Copenhagen on the deadline day is on time", Boolean.TRUE, published.agendaOnTime());
        now = Instant.parse("2026-03-12T19:00:00Z");
        Meeting held = meetings.transition(meeting.id(), to("HELD", 1));
        now = Instant.parse("2026-03-30T08:00:00Z");
        Meeting approved = meetings.transition(meeting.id(), to("MINUTES_APPROVED", held.version()));
        assertEquals(EDITOR, approved.minutesApprovedBy());
        assertEquals(now, approved.minutesApprovedAt());
        assertEquals("after the 26 March target", Boolean.FALSE, approved.minutesOnTime());
        now = Instant.parse("2026-03-31T08:00:00Z");
        Meeting out = meetings.transition(meeting.id(), to("PUBLISHED", approved.version()));
        assertEquals(now, out.minutesPublishedAt());
        now = Instant.parse("2026-04-01T08:00:00Z");

        Meeting reopened = meetings.transition(meeting.id(), new MeetingTransitionInput("held", out.version(), true,
                "  Beslutningen under punkt 3 var forkert gengivet  "));

        assertEquals(MeetingStatus.HELD, reopened.status());
        assertEquals(now, reopened.minutesReopenedAt());
        assertEquals(EDITOR, reopened.minutesReopenedBy());
        assertEquals("Beslutningen under punkt 3 var forkert gengivet", reopened.minutesReopenReason());
        assertNull(reopened.minutesApprovedAt());
        assertNull(reopened.minutesApprovedBy());
        assertNull(reopened.minutesPublishedAt());
        assertNull(reopened.minutesOnTime());
        assertEquals("the agenda's dispatch stays on record", published.agendaPublishedAt(), reopened.agendaPublishedAt());
        assertEquals("the read adds the guests (none here)", reopened.withGuests(List.of()), meetings.get(meeting.id()));

        Meeting late = meetings.create(uds, input("ORDINARY", "2026-03-12", "17:00", null));
        now = Instant.parse("2026-03-05T23:30:00Z");
        assertEquals("00:30 the next day in Copenhagen is late", Boolean.FALSE,
                meetings.transition(late.id(), to("AGENDA_PUBLISHED", 0)).agendaOnTime());
        Meeting cancelled = meetings.transition(late.id(), to("CANCELLED", 1));
        Meeting reinstated = meetings.transition(late.id(), to("PLANNED", cancelled.version()));
        assertNull("a reinstated meeting's agenda goes out again", reinstated.agendaPublishedAt());
        assertNull(reinstated.agendaSentAt());
        assertNull(reinstated.agendaOnTime());
    }

    @Test
    public void theAgendaIsOnTimeByItsRecordedDispatchTheFirstOneCountingNotByThePublishing() {
        Meeting meeting = meetings.create(uds, input("ORDINARY", "2026-03-12", "17:00", null));
        MeetingEntity row = ao.get(MeetingEntity.class, meeting.id());
        // published on time, but nothing went out (the dispatch failed and was only logged)
        row.setStatus(MeetingStatus.AGENDA_PUBLISHED.name());
        row.setAgendaPublishedAt(Date.from(Instant.parse("2026-03-01T08:00:00Z")));
        row.save();
        assertNull("published is not sent", meetings.get(meeting.id()).agendaSentAt());
        assertNull(meetings.get(meeting.id()).agendaOnTime());

        AgendaDispatchRecord record = new AgendaDispatchRecord(ao);
        Instant first = Instant.parse("2026-03-05T22:59:00Z");
        assertEquals(first, record.sent(meeting.id(), first));
        assertEquals("a repeated dispatch keeps the first moment", first,
                record.sent(meeting.id(), Instant.parse("2026-03-06T08:00:00Z")));
        Meeting sent = meetings.get(meeting.id());
        assertEquals(first, sent.agendaSentAt());
        assertEquals("23:59 in Copenhagen on the deadline day", Boolean.TRUE, sent.agendaOnTime());

        Meeting late = meetings.create(uds, input("ORDINARY", "2026-03-12", "17:00", null));
        record.sent(late.id(), Instant.parse("2026-03-05T23:00:00Z"));
        assertEquals("midnight in Copenhagen is the next day", Boolean.FALSE, meetings.get(late.id()).agendaOnTime());
        assertNull("an unknown meeting records nothing", record.sent(999_999, first));
    }

    @Test
    public void deletingAMeetingRemovesWhatHangsOffItInOneGoButNotOnceItsMinutesAreApproved() {
        Meeting meeting = meetings.create(uds, input("ORDINARY", "2026-03-12", "17:00", null));
        Meeting other = meetings.create(uds, input("ORDINARY", "2026-04-12", "17:00", null));
        int item = ao.find(AgendaItemEntity.class, "MEETING_ID = ?", meeting.id())[0].getID();
        ao.create(AgendaAttachmentEntity.class, new DBParam("AGENDA_ITEM_ID", item), new DBParam("MEETING_ID", meeting.id()),
                new DBParam("TITLE", "Bilag 1"));
        ao.create(AttendanceEntity.class, new DBParam("MEETING_ID", meeting.id()), new DBParam("STATUS", "PRESENT"),
                new DBParam("NAME", "Gæst"));
        ao.create(AgendaRequestEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("MEETING_ID", meeting.id()),
                new DBParam("TITLE", "Ønske"), new DBParam("SUBMITTED_AT", Date.from(NOW)), new DBParam("STATUS", "SUBMITTED"));
        ActionItemEntity action = ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", uds),
                new DBParam("TITLE", "Følg op"), new DBParam("STATUS", "OPEN"), new DBParam("PERCENT_DONE", 0),
                new DBParam("CREATED_AT", Date.from(NOW)), new DBParam("MEETING_ID", meeting.id()),
                new DBParam("AGENDA_ITEM_ID", item), new DBParam("VERSION", 0));

        meetings.delete(meeting.id());

        assertNull(ao.get(MeetingEntity.class, meeting.id()));
        for (Class<? extends net.java.ao.RawEntity<Integer>> type : List.of(AgendaItemEntity.class,
                AgendaAttachmentEntity.class, AttendanceEntity.class, AgendaRequestEntity.class)) {
            assertEquals(type.getSimpleName(), 0, ao.count(type, Query.select().where("MEETING_ID = ?", meeting.id())));
        }
        assertEquals("the other meeting keeps its items", 4,
                ao.count(AgendaItemEntity.class, Query.select().where("MEETING_ID = ?", other.id())));
        ActionItemEntity kept = ao.get(ActionItemEntity.class, action.getID());
        assertNull("the action stays, without its origin", kept.getMeetingId());
        assertNull(kept.getAgendaItemId());

        for (MeetingStatus locked : EnumSet.of(MeetingStatus.MINUTES_APPROVED, MeetingStatus.PUBLISHED)) {
            int id = meetingIn(locked);
            assertEquals(409, expect(MeetingLockedException.class, () -> meetings.delete(id)).status());
            assertNotNull(ao.get(MeetingEntity.class, id));
            assertEquals(4, ao.count(AgendaItemEntity.class, Query.select().where("MEETING_ID = ?", id)));
        }
    }

    @Test
    public void aMeetingWhosePageIsRestrictedIsLeftOutOfTheListAndItsTotalForThoseThePageShutsOut() {
        confluence.page(901L, "UDS").page(902L, "UDS");
        Meeting open = meetings.create(uds, new MeetingInput("ORDINARY", "2026-03-12", "17:00", null, null, false, null,
                901L, null));
        Meeting restricted = meetings.create(uds, new MeetingInput("ORDINARY", "2026-04-12", "17:00", null, null, false,
                null, 902L, null));
        Meeting later = meetings.create(uds, input("ORDINARY", "2026-05-12", "17:00", null));
        confluence.restrictPage(902L, EDITOR);
        assertEquals(3, meetings.list(uds, MeetingFilter.all()).total());
        confluence.actAs(READER);
        MeetingPage page = meetings.list(uds, MeetingFilter.all());
        assertEquals(List.of(open.id(), later.id()), page.items().stream().map(Meeting::id).toList());
        assertEquals(2, page.total());
        assertEquals("paging counts only what the reader may see", List.of(later.id()),
                meetings.list(uds, MeetingFilter.parse(null, null, null, "1", "1")).items().stream().map(Meeting::id)
                        .toList());
        expect(NotFoundException.class, () -> meetings.get(restricted.id()));
    }

    @Test
    public void theListFiltersByDaysInTheCouncilsZoneAndStatusAndPagesInThreeStatements() {
        for (int month = 1; month <= 12; month++) {
            meetings.create(uds, input("ORDINARY", LocalDate.of(2026, month, 1).toString(), "00:30", null));
        }
        meetings.create(sweden, input("ORDINARY", "2026-05-01", "10:00", null));
        int held = meetings.list(uds, MeetingFilter.all()).items().get(2).id();
        meetings.transition(held, to("HELD", 0));

        MeetingPage all = meetings.list(uds, MeetingFilter.all());
        assertEquals(12, all.total());
        assertEquals(all.items().stream().sorted(Comparator.comparing(Meeting::startsAt)).toList(), all.items());
        MeetingPage spring = meetings.list(uds, MeetingFilter.parse("2026-03-01", "2026-05-01", null, null, null));
        assertEquals("00:30 in Copenhagen is the day before in UTC, and still counts", List.of(3, 4, 5),
                spring.items().stream().map(m -> m.startsAt().getMonthValue()).toList());
        assertEquals(List.of(held), meetings.list(uds, MeetingFilter.parse(null, null, List.of("held"), null, null))
                .items().stream().map(Meeting::id).toList());
        assertEquals(11, meetings.list(uds, MeetingFilter.parse(null, null, List.of("PLANNED,CANCELLED"), null, null)).total());
        MeetingPage window = meetings.list(uds, MeetingFilter.parse(null, null, null, "5", "10"));
        assertEquals(12, window.total());
        assertEquals(List.of(11, 12), window.items().stream().map(m -> m.startsAt().getMonthValue()).toList());
        assertEquals(0, meetings.list(uds, MeetingFilter.parse(null, null, null, "5", "20")).items().size());

        confluence.actAs(null);
        sql.assertAtMost(3, () -> meetings.list(uds, MeetingFilter.parse("2026-01-01", "2026-12-31",
                List.of("PLANNED", "HELD"), "100", "1")));
        sql.assertAtMost(3, () -> meetings.list(uds, MeetingFilter.all()));

        assertEquals(Set.of("from", "to", "status", "limit", "offset"), fields(expectValidation(() ->
                MeetingFilter.parse("yesterday", "2026-13-01", List.of("SOON"), "0", "-1"))));
        assertEquals(Set.of("to"), fields(expectValidation(() ->
                MeetingFilter.parse("2026-05-01", "2026-04-01", null, null, null))));
        assertEquals(MeetingFilter.MAX_LIMIT, MeetingFilter.parse(null, null, null, "100000", null).limit());
    }

    // --- helpers

    private int council(String spaceKey, String name, String locale, String pattern) {
        CouncilEntity row = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", name),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0));
        row.setLocale(locale);
        row.setMeetingTitlePattern(pattern);
        row.save();
        return row.getID();
    }

    /** A fresh meeting of the Danish council, stored straight in the given status at version 0. */
    private int meetingIn(MeetingStatus status) {
        Meeting meeting = meetings.create(uds, input("ORDINARY", "2026-03-12", "17:00", null));
        MeetingEntity row = ao.get(MeetingEntity.class, meeting.id());
        row.setStatus(status.name());
        row.save();
        return meeting.id();
    }

    static MeetingInput input(String kind, String date, String start, String end) {
        return new MeetingInput(kind, date, start, end, null, false, null, null, null);
    }

    private static MeetingInput change(Meeting meeting, String date) {
        return new MeetingInput(meeting.kind().name(), date, meeting.startsAt().toLocalTime().toString(),
                meeting.endsAt() == null ? null : meeting.endsAt().toLocalTime().toString(), meeting.place(),
                meeting.openToPublic(), null, null, meeting.version());
    }

    /** A step from one status to another, confirmed; a reopen says why. */
    private static MeetingTransitionInput step(MeetingStatus from, MeetingStatus to, Integer version) {
        return new MeetingTransitionInput(to.name(), version, true,
                MeetingLifecycle.isReopen(from, to) ? "Rettelse af referatet" : null);
    }

    private static MeetingTransitionInput reopen(Integer version, String reason) {
        return new MeetingTransitionInput("HELD", version, true, reason);
    }

    /** A step as the tests of the lifecycle take it: confirmed, so no question stands in the way. */
    private static MeetingTransitionInput to(String status, Integer version) {
        return new MeetingTransitionInput(status, version, true);
    }

    private static MeetingTransitionInput unconfirmed(String status, Integer version) {
        return new MeetingTransitionInput(status, version, null);
    }

    private AgendaItemEntity item(int meetingId, int sortOrder, String title, String kind, String decision) {
        AgendaItemEntity row = ao.create(AgendaItemEntity.class, new DBParam("MEETING_ID", meetingId),
                new DBParam("SORT_ORDER", sortOrder), new DBParam("TITLE", title), new DBParam("KIND", kind),
                new DBParam("DURATION_MINUTES", 0), new DBParam("CLOSED", false), new DBParam("VERSION", 0));
        row.setDecision(decision);
        row.save();
        return row;
    }

    private Instant stored(int id) {
        return ao.get(MeetingEntity.class, id).getStartsAt().toInstant();
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static Set<String> errors(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }
}
