package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AttendanceData.EDITOR;
import static org.samraad.meeting.AttendanceData.GUEST_USER;
import static org.samraad.meeting.AttendanceData.MEMBER_USER;
import static org.samraad.meeting.AttendanceData.READER;
import static org.samraad.meeting.AttendanceData.SECRETARY;
import static org.samraad.meeting.AttendanceData.TODAY;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberRole;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * A meeting's attendance on a real database: who is listed (serving on the meeting's day, in the council's zone),
 * recording statuses, substitutes and guests in one save, every validation rule with its line's field name,
 * optimistic locking on the attendance version (and not the meeting's), permissions, what outsiders see, and the
 * statement budget of a read. The council: chair, vice chair, three members (one without consent to publication),
 * two substitutes (one personal), a secretary who uses Confluence, an observer; plus members who do not serve on
 * the meeting's day.
 */
public class AttendanceServiceTest extends AoTestSupport {
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> & Åse";
    private static final LocalDateTime MEETING_START = LocalDateTime.of(2026, 12, 3, 10, 0);

    private AttendanceData bed;
    private TestPlugin plugin;
    private AttendanceService attendance;
    private int uds;
    private int redCross;
    private int natcafe;
    private int secretOrganisation;
    private int chair;
    private int vice;
    private int jonas;
    private int leila;
    private int per;
    private int sofie;
    private int ole;
    private int secretary;
    private int observer;
    private int meeting;

    @Before
    public void setUp() {
        bed = new AttendanceData(plugin(), ao);
        plugin = bed.plugin();
        attendance = plugin.get(AttendanceService.class);
        uds = bed.council("UDS", "Udsatterådet Nordby", "da");
        redCross = bed.organisation("Røde Kors", "UDS");
        natcafe = bed.organisation("Natcaféen", "UDS");
        secretOrganisation = bed.organisation("Hemmelig forening", "INT");
        per = bed.member(uds, "MEMBER").name("Per Ravn").organisation(natcafe).id();
        chair = bed.member(uds, "CHAIR").name("Karin Holm").id();
        vice = bed.member(uds, "VICE_CHAIR").user(AttendanceData.MEMBER_USER).id();
        jonas = bed.member(uds, "MEMBER").name("Jonas Bech").organisation(redCross).id();
        leila = bed.member(uds, "MEMBER").name("Leila Nour").noConsent().id();
        sofie = bed.member(uds, "SUBSTITUTE").name("Sofie Suppleant").organisation(redCross).id();
        ole = bed.member(uds, "SUBSTITUTE").name("Ole Olsen").substituteFor(per).id();
        secretary = bed.member(uds, "SECRETARY").user(SECRETARY).id();
        observer = bed.member(uds, "OBSERVER").name("Otto Observatør").id();
        bed.member(uds, "MEMBER").name("Gammel Gerda").term(TODAY.minusYears(4), MEETING_START.toLocalDate().minusDays(1)).id();
        bed.member(uds, "MEMBER").name("Ny Niels").term(MEETING_START.toLocalDate().plusDays(1), null).id();
        bed.member(uds, "MEMBER").anonymised(AttendanceData.NOW).id();
        meeting = bed.meeting(uds, "Ordinært møde", "AGENDA_PUBLISHED", MEETING_START, CouncilZone.COPENHAGEN, null);
    }

    @Test
    public void everyMemberServingOnTheMeetingsDayIsListedInRoleOrderWithNothingRecordedYet() {
        bed.actAs(SECRETARY);
        Attendance read = attendance.get(meeting);

        assertEquals(MEETING_START.toLocalDate(), read.date());
        assertEquals(0, read.version());
        assertEquals(List.of("Karin Holm", "Mona Medlem", "Per Ravn", "Jonas Bech", "Leila Nour", "Sofie Suppleant",
                "Ole Olsen", "Sara Sekretær", "Otto Observatør"), names(read.members()));
        assertTrue(read.members().stream().allMatch(line -> line.status() == null));
        assertEquals(List.of(), read.guests());
        assertEquals(new Quorum(5, 0, 0, 3, false), read.quorum());
        assertEquals(per, (int) read.members().stream().filter(l -> l.memberId() == ole).findFirst().get().substituteForId());
    }

    @Test
    public void whoServesIsDecidedForTheMeetingsDayInTheCouncilsZone() {
        // 00:30 on 3 December in Copenhagen is still 2 December in UTC: the member whose term ends on the 2nd is out
        int early = bed.meeting(uds, "Natmøde", "PLANNED", LocalDateTime.of(2026, 12, 3, 0, 30), CouncilZone.COPENHAGEN, null);
        assertFalse(names(attendance.get(early).members()).contains("Gammel Gerda"));
        int dayBefore = bed.meeting(uds, "Dagen før", "PLANNED", MEETING_START.minusDays(1), CouncilZone.COPENHAGEN, null);
        assertTrue(names(attendance.get(dayBefore).members()).contains("Gammel Gerda"));
    }

    @Test
    public void anEditorRecordsStatusesASubstituteAndGuestsInOneSave() {
        Attendance saved = attendance.record(meeting, new AttendanceInput(List.of(
                present(chair), present(vice), present(jonas),
                line(leila, "APOLOGIES", null),
                substituted(per, ole),
                line(secretary, "present", null),
                guestNamed("Maria fra Hela människan", natcafe),
                new AttendanceLineInput(null, "GUEST", null, GUEST_USER, null, redCross)), 0));

        assertEquals(1, saved.version());
        assertEquals(AttendanceStatus.APOLOGIES, line(saved, leila).status());
        AttendanceLine substituted = line(saved, per);
        assertEquals(AttendanceStatus.SUBSTITUTE_ATTENDED, substituted.status());
        assertEquals(Integer.valueOf(ole), substituted.substituteId());
        assertEquals("Ole Olsen", substituted.substituteName());
        assertNull("nothing recorded for the observer", line(saved, observer).status());
        assertEquals(List.of("Maria fra Hela människan", "Gitte Gæst"), names(saved.guests()));
        assertEquals("Natcaféen", saved.guests().get(0).organisationName());
        assertEquals(GUEST_USER, saved.guests().get(1).userKey());
        assertEquals("4 of 5 voting members, one of them through a substitute", new Quorum(5, 4, 1, 3, true), saved.quorum());
        assertEquals(List.of(new OrganisationAttendance(natcafe, "Natcaféen", List.of("Ole Olsen", "Maria fra Hela människan")),
                new OrganisationAttendance(redCross, "Røde Kors", List.of("Jonas Bech", "Gitte Gæst"))),
                saved.byOrganisation());
        assertEquals("a read gives what the save answered", saved, attendance.get(meeting));
        assertEquals(saved.quorum(), attendance.quorum(meeting));
        assertEquals("the meeting's own version guards meeting edits and stays", 0,
                ao.get(MeetingEntity.class, meeting).getVersion());
        assertEquals(8, ao.count(AttendanceEntity.class));
    }

    @Test
    public void aSaveReplacesTheWholeListAndAMemberLeftOutIsNotRecordedAnyMore() {
        attendance.record(meeting, new AttendanceInput(List.of(present(chair), present(jonas), guestNamed("Gæst", null)), 0));
        Attendance second = attendance.record(meeting, new AttendanceInput(List.of(line(jonas, "ABSENT", null),
                new AttendanceLineInput(chair, " ", null, null, null, null)), 1));

        assertNull(line(second, chair).status());
        assertEquals(AttendanceStatus.ABSENT, line(second, jonas).status());
        assertEquals(List.of(), second.guests());
        assertEquals(2, second.version());
        assertEquals(1, ao.count(AttendanceEntity.class));
    }

    @Test
    public void aStaleVersionIsAConflictAndNothingIsWritten() {
        attendance.record(meeting, new AttendanceInput(List.of(present(chair)), 0));
        expect(StaleVersionException.class, () -> attendance.record(meeting,
                new AttendanceInput(List.of(line(chair, "APOLOGIES", null), present(jonas)), 0)));
        Attendance read = attendance.get(meeting);
        assertEquals(AttendanceStatus.PRESENT, line(read, chair).status());
        assertNull(line(read, jonas).status());
        assertEquals(1, read.version());
    }

    @Test
    public void aChangeOfTheMeetingItselfDoesNotMakeTheAttendanceStale() {
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setVersion(7);
        row.save();
        assertEquals(1, attendance.record(meeting, new AttendanceInput(List.of(present(chair)), 0)).version());
    }

    @Test
    public void substituteRulesNameTheLineAndField() {
        int otherCouncil = bed.council("INT", "Internt råd", "da");
        int stranger = bed.member(otherCouncil, "SUBSTITUTE").name("Fremmed").id();
        int extra = bed.member(uds, "MEMBER").name("Ekstra").id();
        assertEquals(Set.of(
                "lines[0].substituteId|samraad.attendance.error.substitute-required",
                "lines[1].substituteId|samraad.attendance.error.not-a-substitute",
                "lines[2].substituteId|samraad.attendance.error.not-a-substitute",
                "lines[3].substituteId|samraad.attendance.error.not-a-substitute",
                "lines[5].substituteId|samraad.attendance.error.substitute-present",
                "lines[7].substituteId|samraad.attendance.error.substitute-twice",
                "lines[8].substituteId|samraad.attendance.error.substitute-without-status"),
                fields(expectValidation(() -> attendance.record(meeting, new AttendanceInput(List.of(
                        substituted(chair, null),
                        substituted(vice, jonas),
                        substituted(leila, leila),
                        substituted(jonas, stranger),
                        present(sofie),
                        substituted(secretary, sofie),
                        substituted(per, ole),
                        substituted(observer, ole),
                        line(extra, "PRESENT", sofie)), 0)))));
        assertEquals("nothing half-written", 0, ao.count(AttendanceEntity.class));
    }

    @Test
    public void memberLinesMustBeMembersServingOnTheDayOnceEach() {
        int otherCouncil = bed.council("INT", "Internt råd", "da");
        int stranger = bed.member(otherCouncil, "MEMBER").name("Fremmed").id();
        int gone = ao.find(org.samraad.council.MemberEntity.class, net.java.ao.Query.select()
                .where("NAME = ?", "Gammel Gerda"))[0].getID();
        assertEquals(Set.of(
                "lines[0].memberId|samraad.attendance.error.unknown-member",
                "lines[1].memberId|samraad.attendance.error.unknown-member",
                "lines[3].memberId|samraad.attendance.error.duplicate",
                "lines[4].status|samraad.attendance.error.member-not-guest",
                "lines[5].memberId|samraad.attendance.error.member-or-guest",
                "lines[6].status|samraad.error.invalid-choice",
                "lines[7]|samraad.error.required",
                "version|samraad.error.required"),
                fields(expectValidation(() -> attendance.record(meeting, new AttendanceInput(Arrays.asList(
                        present(stranger),
                        present(gone),
                        present(chair),
                        present(chair),
                        line(vice, "GUEST", null),
                        new AttendanceLineInput(jonas, "PRESENT", null, null, "Jonas", null),
                        line(leila, "SICK", null),
                        null), null)))));
    }

    @Test
    public void guestsNeedAUserOrANameOnOneLineAndAVisibleOrganisation() {
        assertEquals(Set.of(
                "lines[0].name|samraad.attendance.error.guest-required",
                "lines[1].name|samraad.error.user-or-name",
                "lines[2].name|samraad.error.too-long",
                "lines[3].name|samraad.error.single-line",
                "lines[4].userKey|samraad.error.unknown-user",
                "lines[5].organisationId|samraad.attendance.error.unknown-organisation",
                "lines[7].name|samraad.attendance.error.duplicate",
                "lines[8].memberId|samraad.attendance.error.member-required",
                "lines[9].substituteId|samraad.attendance.error.substitute-without-status"),
                fields(expectValidation(() -> attendance.record(meeting, new AttendanceInput(List.of(
                        new AttendanceLineInput(null, "GUEST", null, " ", "  ", null),
                        new AttendanceLineInput(null, "GUEST", null, GUEST_USER, "Gitte", null),
                        guestNamed("x".repeat(256), null),
                        guestNamed("Maria\nHansen", null),
                        new AttendanceLineInput(null, "GUEST", null, "key-nobody", null, null),
                        guestNamed("Hemmelig gæst", secretOrganisation),
                        guestNamed("Maria", natcafe),
                        guestNamed(" maria ", natcafe),
                        new AttendanceLineInput(null, "PRESENT", null, null, "Maria", null),
                        new AttendanceLineInput(null, "GUEST", sofie, null, "Anden", null)), 0)))));
    }

    @Test
    public void aHostileGuestNameIsStoredAsTyped() {
        Attendance saved = attendance.record(meeting, new AttendanceInput(List.of(guestNamed(" " + HOSTILE + " ", redCross)), 0));
        assertEquals(HOSTILE, saved.guests().get(0).displayName());
        assertEquals(HOSTILE, saved.guests().get(0).name());
    }

    @Test
    public void attendanceAndQuorumReachOthersOnlyOnceTheMinutesAreApproved() {
        attendance.record(meeting, new AttendanceInput(List.of(present(leila), guestNamed("Maria Gæst", redCross)), 0));
        for (String status : new String[] {"PLANNED", "AGENDA_PUBLISHED", "HELD", "CANCELLED"}) {
            bed.status(meeting, status);
            for (String outsider : new String[] {null, READER}) {
                bed.actAs(outsider);
                expect(NotFoundException.class, () -> attendance.get(meeting));
                expect(NotFoundException.class, () -> attendance.quorum(meeting));
            }
            for (String preparer : new String[] {SECRETARY, EDITOR, MEMBER_USER}) {
                bed.actAs(preparer);
                assertEquals(status + preparer, 1, attendance.quorum(meeting).present());
            }
        }
        for (String status : new String[] {"MINUTES_APPROVED", "PUBLISHED"}) {
            bed.status(meeting, status);
            bed.actAs(null);
            assertEquals(AttendanceStatus.PRESENT, line(attendance.get(meeting), leila).status());
            assertEquals(1, attendance.quorum(meeting).present());
        }
    }

    @Test
    public void approvedOrPublishedMinutesRefuseAttendanceChangesWith409UntilReopened() {
        attendance.record(meeting, new AttendanceInput(List.of(present(leila)), 0));
        bed.actAs(SECRETARY);
        for (String status : new String[] {"MINUTES_APPROVED", "PUBLISHED"}) {
            bed.status(meeting, status);
            MeetingLockedException refused = expect(MeetingLockedException.class, () -> attendance.record(meeting,
                    new AttendanceInput(List.of(present(chair)), 1)));
            assertEquals(409, refused.status());
            assertEquals("samraad.attendance.error.locked", refused.messageKey());
            assertEquals("nothing written", List.of(leila),
                    Arrays.stream(ao.find(AttendanceEntity.class)).map(AttendanceEntity::getMemberId).toList());
        }
        bed.status(meeting, "HELD");
        assertEquals(AttendanceStatus.PRESENT, line(attendance.record(meeting,
                new AttendanceInput(List.of(present(chair)), 1)), chair).status());
    }

    @Test
    public void outsidersSeeNoUnpublishedNamesAndNoGuestNamesInsidersAndEditorsDo() {
        attendance.record(meeting, new AttendanceInput(List.of(present(leila), guestNamed("Maria Gæst", redCross),
                substituted(jonas, sofie)), 0));
        bed.status(meeting, "MINUTES_APPROVED");
        for (String outsider : new String[] {null, READER}) {
            bed.actAs(outsider);
            Attendance read = attendance.get(meeting);
            AttendanceLine hidden = line(read, leila);
            assertTrue(hidden.nameHidden());
            assertNull(hidden.name());
            assertEquals("Member (name not published)", hidden.displayName());
            assertEquals(AttendanceStatus.PRESENT, hidden.status());
            assertEquals("Mona Medlem", line(read, vice).displayName());
            AttendanceLine guest = read.guests().get(0);
            assertEquals("Guest", guest.displayName());
            assertTrue(guest.nameHidden());
            assertNull(guest.name());
            assertEquals("Røde Kors", guest.organisationName());
            assertFalse(read.byOrganisation().toString().contains("Maria Gæst"));
            assertEquals(List.of("Sofie Suppleant", "Guest"), read.byOrganisation().get(0).people());
        }
        bed.actAs(SECRETARY);
        assertEquals("Leila Nour", line(attendance.get(meeting), leila).displayName());
        bed.actAs(EDITOR);
        Attendance editor = attendance.get(meeting);
        assertEquals("an editor records guests and sees who they are", "Maria Gæst", editor.guests().get(0).displayName());
        assertTrue("an editor who does not serve on the council is an outsider for members", line(editor, leila).nameHidden());
    }

    @Test
    public void onlySpaceEditorsRecordAndAMeetingInASpaceTheCallerCannotSeeDoesNotExist() {
        for (String user : new String[] {null, READER}) {
            bed.actAs(user);
            expect(ForbiddenException.class, () -> attendance.record(meeting, new AttendanceInput(List.of(present(chair)), 0)));
        }
        bed.actAs(SECRETARY);
        int internal = bed.meeting(bed.council("INT", "Internt råd", "da"), "Internt", "PLANNED", MEETING_START,
                CouncilZone.COPENHAGEN, null);
        assertEquals(0, attendance.get(internal).members().size());
        bed.actAs(READER);
        expect(NotFoundException.class, () -> attendance.get(internal));
        expect(NotFoundException.class, () -> attendance.quorum(internal));
        expect(NotFoundException.class, () -> attendance.record(internal, new AttendanceInput(List.of(), 0)));
        expect(NotFoundException.class, () -> attendance.get(999_999));
        assertEquals(0, ao.count(AttendanceEntity.class));
    }

    @Test
    public void aMemberAnonymisedAfterTheMeetingKeepsTheirLineAsFormerMemberSoTheQuorumStays() {
        attendance.record(meeting, new AttendanceInput(List.of(present(chair), present(jonas), present(leila)), 0));
        Quorum before = attendance.quorum(meeting);
        org.samraad.council.MemberEntity row = ao.get(org.samraad.council.MemberEntity.class, jonas);
        row.setName(null);
        row.setAnonymisedAt(java.util.Date.from(AttendanceData.NOW));
        row.save();

        Attendance after = attendance.get(meeting);
        assertEquals("Former member", line(after, jonas).displayName());
        assertEquals(before, after.quorum());
        assertEquals("the list saved back as shown stays valid", before, attendance.record(meeting, new AttendanceInput(
                List.of(present(chair), present(jonas), present(leila)), 1)).quorum());
        assertEquals(Set.of("lines[1].substituteId|samraad.attendance.error.not-a-substitute"),
                fields(expectValidation(() -> attendance.record(meeting, new AttendanceInput(List.of(present(chair),
                        substituted(leila, jonas)), 2)))));
    }

    @Test
    public void aGuestWhosePersonalDataWasErasedShowsAsSuch() {
        attendance.record(meeting, new AttendanceInput(List.of(
                new AttendanceLineInput(null, "GUEST", null, GUEST_USER, null, redCross)), 0));
        for (AttendanceEntity row : ao.find(AttendanceEntity.class)) {
            row.setUserKey(null);
            row.setName(null);
            row.save();
        }
        bed.actAs(SECRETARY);
        AttendanceLine guest = attendance.get(meeting).guests().get(0);
        assertEquals("Guest (name erased)", guest.displayName());
        assertEquals("Røde Kors", guest.organisationName());
    }

    @Test
    public void aReadCostsThreeStatementsWhateverTheNumberOfMembersAndGuests() {
        List<AttendanceLineInput> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(present(bed.member(uds, i % 5 == 0 ? "SUBSTITUTE" : "MEMBER").name("Medlem " + i)
                    .organisation(i % 2 == 0 ? redCross : natcafe).id()));
            lines.add(guestNamed("Gæst " + i, i % 2 == 0 ? natcafe : null));
        }
        attendance.record(meeting, new AttendanceInput(lines, 0));
        sql.assertAtMost(3, () -> attendance.get(meeting));
        sql.assertAtMost(3, () -> attendance.quorum(meeting));
    }

    // --- helpers

    private static AttendanceLineInput line(int memberId, String status, Integer substituteId) {
        return new AttendanceLineInput(memberId, status, substituteId, null, null, null);
    }

    private static AttendanceLineInput present(int memberId) {
        return line(memberId, "PRESENT", null);
    }

    private static AttendanceLineInput substituted(int memberId, Integer substituteId) {
        return line(memberId, "SUBSTITUTE_ATTENDED", substituteId);
    }

    private static AttendanceLineInput guestNamed(String name, Integer organisationId) {
        return new AttendanceLineInput(null, "GUEST", null, null, name, organisationId);
    }

    private static AttendanceLine line(Attendance attendance, int memberId) {
        return attendance.members().stream().filter(l -> l.memberId() == memberId).findFirst().orElseThrow();
    }

    private static List<String> names(List<AttendanceLine> lines) {
        return lines.stream().map(AttendanceLine::displayName).toList();
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(error -> error.field() + "|" + error.messageKey()).collect(Collectors.toSet());
    }
}
