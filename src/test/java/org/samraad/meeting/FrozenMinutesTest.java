package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.samraad.council.MemberRole;
import org.samraad.council.PersonStanding;
import org.samraad.meeting.AgendaRow.PresenterStanding;

/**
 * The frozen minutes as stored: they read back exactly as written, and taking a person out changes that person's
 * places only: by user key wherever the account appears, by member id only that membership's lines.
 */
public class FrozenMinutesTest {
    private static final Instant ERASED = Instant.parse("2026-12-01T09:00:00Z");

    private static FrozenMinutes minutes() {
        AgendaRow budget = new AgendaRow(11, 7, 0, "Budget", AgendaItemKind.DECISION, null, "key-mona", null,
                PresenterStanding.MEMBER_WITH_CONSENT, 30, false, "Sag", "Indstilling", "Vedtaget", "Imod: et medlem",
                null, 5, 900L, List.of(new AgendaRow.Attachment(3, "Notat", null, "https://nordby.dk/n.pdf", true, "64637/19")), 2,
                List.of(new AgendaRow.Dissenter(21, "key-mona", null, PersonStanding.PUBLISHED),
                        new AgendaRow.Dissenter(22, null, "Karin Holm", PersonStanding.UNPUBLISHED)), "2009-20169");
        List<AttendanceQuery.Row> attendance = List.of(
                new AttendanceQuery.Row(1, 21, null, null, null, null, AttendanceStatus.PRESENT, null),
                new AttendanceQuery.Row(2, null, "key-mona", null, 4, "Røde Kors", AttendanceStatus.GUEST, null));
        List<FrozenMinutes.Attendee> attendees = List.of(
                new FrozenMinutes.Attendee(21, 1, "key-mona", null, MemberRole.MEMBER, 8, 4, "Røde Kors", null,
                        "2025-01-01", "2028-12-31", true, null, null),
                new FrozenMinutes.Attendee(22, 1, null, "Karin Holm", MemberRole.CHAIR, 9, null, null, null,
                        "2025-01-01", null, false, null, null));
        List<ActionSummary> actions = List.of(new ActionSummary(31, "Ryd op", "key-mona", null, "Røde Kors",
                LocalDate.of(2026, 12, 1), "samraad.action.status.OPEN", false, 7, 11, true, PersonStanding.PUBLISHED));
        List<AttendanceQuery.Invited> guests = List.of(
                new AttendanceQuery.Invited(51, "Per Politiker", "Kommunalbestyrelsen", true),
                new AttendanceQuery.Invited(52, "Lis Lauridsen", "Dialogforum for socialt udsatte", false));
        return new FrozenMinutes("key-sara", List.of(budget), List.of(), Map.of("key-mona", "Mona Medlem"), 3, attendance,
                attendees, actions, new FrozenMinutes.Attendee(23, 1, null, "David Notat", MemberRole.SECRETARY, null,
                        null, null, null, "2025-01-01", null, true, null, null),
                List.of(new AttendanceBody(1, "Udsatterådet", true), new AttendanceBody(2, "Ældrerådet", false)),
                guests, false);
    }

    @Test
    public void frozenMinutesReadBackExactlyAsWritten() {
        FrozenMinutes written = minutes();

        assertEquals(written, FrozenMinutes.parse(written.json()));
    }

    @Test
    public void caseAndDocumentNumbersAreFrozenAndMinutesFrozenBeforeThemReadWithout() {
        FrozenMinutes read = FrozenMinutes.parse(minutes().json());
        assertEquals("2009-20169", read.agenda().get(0).caseNumber());
        assertEquals("64637/19", read.agenda().get(0).attachments().get(0).documentNumber());

        String older = minutes().json().replace(",\"caseNumber\":\"2009-20169\"", "")
                .replace(",\"documentNumber\":\"64637/19\"", "");
        FrozenMinutes old = FrozenMinutes.parse(older);
        assertEquals(null, old.agenda().get(0).caseNumber());
        assertEquals(null, old.agenda().get(0).attachments().get(0).documentNumber());
        assertEquals("erasure keeps them", "2009-20169",
                minutes().without("key-mona", 21, ERASED).agenda().get(0).caseNumber());
    }

    @Test
    public void theNoteTakerIsFrozenAsTheyStoodAndErasingThemLeavesAFormerMember() {
        FrozenMinutes read = FrozenMinutes.parse(minutes().json());
        assertEquals("David Notat", read.noteTaker().name());
        assertTrue(read.memberIds().contains(23));
        assertTrue(read.namesOf(null, 23).contains("David Notat"));

        FrozenMinutes after = minutes().without(null, 23, ERASED);
        assertEquals(null, after.noteTaker().name());
        assertEquals(ERASED.toString(), after.noteTaker().anonymisedAt());
        assertEquals("the rest stays", "Karin Holm", after.attendees().get(1).name());
        assertEquals("minutes frozen before note-takers read without one", null,
                FrozenMinutes.parse(minutes().json().replaceFirst(",\"noteTaker\":\\{[^}]*\\}", "")).noteTaker());
    }

    @Test
    public void aFieldALaterVersionAddsDoesNotKeepOldMinutesFromReading() {
        String json = minutes().json().replaceFirst("\\{", "{\"addedLater\":1,");

        assertEquals(minutes(), FrozenMinutes.parse(json));
    }

    @Test
    public void erasingAnAccountTakesItOutWhereverItAppearsAndLeavesEveryoneElse() {
        FrozenMinutes after = minutes().without("key-mona", null, ERASED);

        AgendaRow item = after.agendaRows("Former member").get(0);
        assertNull(item.presenterUserKey());
        assertEquals("Former member", item.presenterName());
        assertEquals(PersonStanding.FORMER, item.dissenters().get(0).standing());
        assertEquals(minutes().agenda().get(0).dissenters().get(1), item.dissenters().get(1));
        assertEquals(minutes().agenda().get(0).decision(), item.decision());
        assertNull("the guest line stays, without the person", after.attendance().get(1).userKey());
        assertEquals(AttendanceStatus.GUEST, after.attendance().get(1).status());
        assertNull(after.attendees().get(0).userKey());
        assertEquals(ERASED.toString(), after.attendees().get(0).anonymisedAt());
        assertEquals(minutes().attendees().get(1), after.attendees().get(1));
        assertEquals(PersonStanding.FORMER, after.actions().get(0).ownerStanding());
        assertNull(after.actions().get(0).ownerUserKey());
        assertTrue(after.fullNames().isEmpty());
        assertEquals("key-sara", after.approvedBy());
        assertFalse(after.json().contains("key-mona") || after.json().contains("Mona Medlem"));
    }

    @Test
    public void erasingAnInvitedGuestKeepsThemAsTheirOrganisationsRepresentativeAndBlacksTheNameOut() {
        FrozenMinutes named = minutes().withNamesReplaced(Set.of("Mona Medlem"), "x");
        FrozenMinutes withMention = new FrozenMinutes(named.approvedBy(), List.of(new AgendaRow(11, 7, 0, "Budget",
                AgendaItemKind.DECISION, null, null, null, PresenterStanding.NOT_A_MEMBER, 30, false, "Sag", null,
                "Per Politiker takkede for invitationen.", null, null, null, null, List.of(), 2, List.of(), null)),
                List.of(), named.fullNames(), 3, named.attendance(), named.attendees(), named.actions(), named.noteTaker(),
                named.bodies(), named.guests(), named.moreCarriedOver());

        FrozenMinutes after = withMention.withoutGuest(51)
                .withNamesReplaced(withMention.namesOfGuest(51), "Gæst (navnet er slettet)");

        assertEquals(Set.of(51, 52), withMention.guestIds());
        assertNull(after.guests().get(0).name());
        assertEquals("Kommunalbestyrelsen", after.guests().get(0).organisation());
        assertEquals("the other guest stays as approved", "Lis Lauridsen", after.guests().get(1).name());
        assertEquals("Gæst (navnet er slettet) takkede for invitationen.", after.agenda().get(0).decision());
        assertEquals(after, FrozenMinutes.parse(after.json()));
    }

    @Test
    public void erasingTheApproverTakesOnlyTheApproversKeyOut() {
        FrozenMinutes after = minutes().without("key-sara", null, ERASED);

        assertNull(after.approvedBy());
        assertEquals(minutes().withFullNames(Map.of("key-mona", "Mona Medlem")).agenda(), after.agenda());
        assertEquals(minutes().attendees(), after.attendees());
    }

    @Test
    public void anonymisingOneMembershipLeavesTheSameAccountsOtherPlacesAsTheyWere() {
        FrozenMinutes after = minutes().without(null, 22, ERASED);

        assertEquals(PersonStanding.FORMER, after.agenda().get(0).dissenters().get(1).standing());
        assertNull(after.agenda().get(0).dissenters().get(1).name());
        assertNull(after.attendees().get(1).name());
        assertEquals(minutes().attendees().get(0), after.attendees().get(0));
        assertEquals(minutes().actions(), after.actions());
        assertEquals("key-mona", after.agenda().get(0).presenterUserKey());
        assertEquals(minutes().fullNames(), after.fullNames());
    }
}
