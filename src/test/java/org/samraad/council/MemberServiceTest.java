package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.council.MemberData.ADMIN;
import static org.samraad.council.MemberData.EDITOR;
import static org.samraad.council.MemberData.FORMER_USER;
import static org.samraad.council.MemberData.MEMBER_USER;
import static org.samraad.council.MemberData.NOW;
import static org.samraad.council.MemberData.OBSERVER_USER;
import static org.samraad.council.MemberData.READER;
import static org.samraad.council.MemberData.TODAY;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;
import static org.samraad.council.MemberData.fields;
import static org.samraad.council.MemberData.person;
import static org.samraad.council.MemberData.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CsvWriter;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.ServiceException;
import org.samraad.platform.StaleVersionException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

public class MemberServiceTest extends AoTestSupport {
    private static final String HIDDEN = "Member (name not published)";

    private MemberData bed;
    private TestPlugin plugin;
    private MemberService members;
    private CompositionService compositions;
    private MemberCsv memberCsv;
    private Council council;
    private Seat users;
    private Seat manager;
    private Instant now = MemberData.NOW;

    @Before
    public void setUp() {
        plugin = MemberData.people(plugin()).clock(() -> now).start();
        bed = new MemberData(plugin, ao);
        members = plugin.get(MemberService.class);
        compositions = plugin.get(CompositionService.class);
        memberCsv = plugin.get(MemberCsv.class);
        council = bed.council("UDS", "Udsatterådet Nordby");
        users = bed.seat(council, "USER", "Brugere", 2);
        manager = bed.seat(council, "MANAGEMENT", "Centerchef", 1);
    }

    // --- who is a member -------------------------------------------------------------------------------------

    @Test
    public void aConfluenceUserIsStoredByUserKeyAndShownUnderTheirCurrentFullName() {
        Member created = bed.add(council, user(MEMBER_USER, "member", users));

        assertEquals(MEMBER_USER, created.userKey());
        assertNull("users have no stored name", created.name());
        assertEquals("Mona Medlem", created.displayName());
        assertEquals(MemberRole.MEMBER, created.role());
        assertEquals(0, created.version());
        MemberEntity row = ao.get(MemberEntity.class, created.id());
        assertEquals(MEMBER_USER, row.getUserKey());
        assertNull(row.getName());
    }

    @Test
    public void aPersonWithoutAnAccountIsStoredByName() {
        Member created = bed.add(council, new MemberInput(null, "  Karin Holm ", "CHAIR", users.id(), null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), true, true, "karin@nordby.example",
                "+45 70 10 20 30", "Torvet 3\n4000 Nordby", null, null));

        assertNull(created.userKey());
        assertEquals("Karin Holm", created.name());
        assertEquals("Karin Holm", created.displayName());
        assertEquals(LocalDate.of(2026, 1, 1), created.termStart());
        assertEquals(LocalDate.of(2029, 12, 31), created.termEnd());
        assertTrue(created.serving());
        assertEquals(Boolean.TRUE, created.perDiemEligible());
        assertEquals("Torvet 3\n4000 Nordby", created.postalAddress());
        assertEquals(NOW, created.consentChangedAt());
        assertEquals(List.of(created), members.list(council.id()));
    }

    @Test
    public void aUserKeyAndANameTogetherOrNeitherOrAnUnknownUserAreFieldErrors() {
        assertEquals(Set.of("userKey|samraad.error.user-or-name"), fields(expectValidation(() ->
                bed.add(council, new MemberInput(MEMBER_USER, "Mona", "MEMBER", null, null, null, null, null, null,
                        null, null, null, null, null, null)))));
        assertEquals(Set.of("name|samraad.member.error.person-required"), fields(expectValidation(() ->
                bed.add(council, person(" ", "MEMBER", null, null, null)))));
        assertEquals(Set.of("userKey|samraad.error.unknown-user"), fields(expectValidation(() ->
                bed.add(council, user("key-nobody", "MEMBER", null)))));
        assertEquals(0, ao.count(MemberEntity.class));
    }

    @Test
    public void aMissingOrUnknownRoleIsAFieldError() {
        assertEquals(Set.of("role|samraad.error.required"),
                fields(expectValidation(() -> bed.add(council, person("A", null, null, null, null)))));
        assertEquals(Set.of("role|samraad.error.invalid-choice"),
                fields(expectValidation(() -> bed.add(council, person("A", "KING", null, null, null)))));
        assertEquals(MemberRole.VICE_CHAIR, bed.add(council, person("A", "vice-chair", null, null, null)).role());
    }

    @Test
    public void justAfterMidnightInTheCouncilsZoneATermThatEndedYesterdayNoLongerServesAndTheNextOneDoes() {
        Member outgoing = bed.named(council, "Karin Holm", "MEMBER", users, null, TODAY);
        Member incoming = bed.named(council, "Jonas Bech", "MEMBER", users, TODAY.plusDays(1), null);
        assertTrue(members.get(outgoing.id()).serving());
        assertFalse(members.get(incoming.id()).serving());

        now = TODAY.atTime(23, 30).toInstant(ZoneOffset.UTC); // 00:30 the next day in Copenhagen

        assertFalse(members.get(outgoing.id()).serving());
        assertTrue(members.get(incoming.id()).serving());
        assertEquals(List.of("Jonas Bech"), members.list(council.id()).stream().filter(Member::serving)
                .map(Member::displayName).toList());
        assertEquals(TODAY.plusDays(1), compositions.of(council.id()).date());
    }

    // --- the rules ----------------------------------------------------------------------------------------------

    @Test
    public void aTermMustEndAfterItStarts() {
        assertEquals(Set.of("termEnd|samraad.member.error.term-order"), fields(expectValidation(() ->
                bed.named(council, "A", "MEMBER", null, TODAY, TODAY))));
        assertEquals(Set.of("termEnd|samraad.member.error.term-order"), fields(expectValidation(() ->
                bed.named(council, "A", "MEMBER", null, TODAY, TODAY.minusDays(1)))));
        bed.named(council, "A", "MEMBER", null, TODAY, TODAY.plusDays(1));
    }

    @Test
    public void aCouncilHasAtMostOneChairAndOneViceChairInOfficeAtATime() {
        bed.named(council, "Karin Holm", "CHAIR", null, null, TODAY.plusDays(40));
        bed.named(council, "Jonas Bech", "VICE_CHAIR", null, null, null);

        assertEquals(Set.of("role|samraad.member.error.chair-taken"), fields(expectValidation(() ->
                bed.named(council, "Anden formand", "CHAIR", null, null, null))));
        assertEquals(Set.of("role|samraad.member.error.vice-chair-taken"), fields(expectValidation(() ->
                bed.named(council, "Anden næstformand", "VICE_CHAIR", null, TODAY.plusYears(1), null))));
        Member successor = bed.named(council, "Næste formand", "CHAIR", null, TODAY.plusDays(41), null);
        assertEquals(MemberRole.CHAIR, successor.role());
        assertFalse(successor.serving());
    }

    @Test
    public void promotingAMemberToChairIsCheckedLikeAddingOne() {
        bed.named(council, "Karin Holm", "CHAIR", null, null, null);
        Member jonas = bed.named(council, "Jonas Bech", "MEMBER", null, null, null);

        assertEquals(Set.of("role|samraad.member.error.chair-taken"), fields(expectValidation(() ->
                members.update(jonas.id(), new MemberInput(null, "Jonas Bech", "CHAIR", null, null, null, null,
                        null, false, true, null, null, null, null, 0)))));
    }

    @Test
    public void aSubstituteStandsInForAMemberOfTheSameCouncil() {
        Member principal = bed.named(council, "Jonas Bech", "MEMBER", users, null, null);
        Council other = bed.council("INT", "Andet råd");
        Member elsewhere = bed.named(other, "Fremmed", "MEMBER", null, null, null);

        assertEquals(Set.of("substituteForId|samraad.member.error.substitute-council"), fields(expectValidation(() ->
                bed.add(council, substitute("Per Ravn", elsewhere.id())))));
        assertEquals(Set.of("substituteForId|samraad.member.error.substitute-council"), fields(expectValidation(() ->
                bed.add(council, substitute("Per Ravn", 999_999)))));
        assertEquals(Set.of("substituteForId|samraad.member.error.substitute-role"), fields(expectValidation(() ->
                bed.add(council, new MemberInput(null, "Per Ravn", "MEMBER", null, null, principal.id(), null, null,
                        false, true, null, null, null, null, null)))));

        Member per = bed.add(council, substitute("Per Ravn", principal.id()));
        assertEquals(Integer.valueOf(principal.id()), per.substituteForId());
        assertEquals(Set.of("substituteForId|samraad.member.error.substitute-self"), fields(expectValidation(() ->
                members.update(per.id(), new MemberInput(null, "Per Ravn", "SUBSTITUTE", null, null, per.id(),
                        null, null, false, true, null, null, null, null, per.version())))));
    }

    @Test
    public void aFullSeatTakesNoOneElseUnlessASpaceAdministratorConfirms() {
        bed.named(council, "Centerchef Hansen", "MEMBER", manager, null, null);
        MemberInput another = person("Ny chef", "MEMBER", manager, null, null);
        MemberInput forced = withForce(another);

        bed.actAs(EDITOR);
        assertEquals(Set.of("seatId|samraad.member.error.seat-full"),
                fields(expectValidation(() -> members.create(council.id(), another))));
        assertEquals("force from an editor who is not a space administrator counts for nothing",
                Set.of("seatId|samraad.member.error.seat-full"),
                fields(expectValidation(() -> members.create(council.id(), forced))));
        bed.actAs(ADMIN);
        assertEquals(Set.of("seatId|samraad.member.error.seat-full"),
                fields(expectValidation(() -> members.create(council.id(), another))));

        members.create(council.id(), forced);

        SeatStatus status = compositions.of(council.id()).seats().get(1);
        assertEquals(2, status.filled());
        assertTrue(status.overFilled());
    }

    @Test
    public void substitutesDoNotTakeAPlaceInAFullSeat() {
        bed.named(council, "Centerchef Hansen", "MEMBER", manager, null, null);

        Member substitute = bed.named(council, "Souschef", "SUBSTITUTE", manager, null, null);

        assertEquals(MemberRole.SUBSTITUTE, substitute.role());
    }

    @Test
    public void aSeatOfAnotherCouncilOrAnUnknownOrganisationIsAFieldError() {
        Council other = bed.council("INT", "Andet råd");
        Seat foreign = bed.seat(other, "STAFF", null, 5);
        int hiddenOrg = bed.organisation("Internt netværk", "INT");

        bed.actAs(EDITOR);
        assertEquals(Set.of("seatId|samraad.member.error.unknown-seat", "organisationId|samraad.member.error.unknown-organisation"),
                fields(expectValidation(() -> members.create(council.id(), new MemberInput(null, "A", "MEMBER",
                        foreign.id(), hiddenOrg, null, null, null, false, true, null, null, null, null, null)))));
    }

    // --- hostile and overlong input -------------------------------------------------------------------------

    @Test
    public void tenThousandCharacterValuesAreRejectedNotTruncated() {
        String huge = "x".repeat(10_000);
        assertEquals(Set.of("name|samraad.error.too-long", "email|samraad.error.too-long", "phone|samraad.error.too-long",
                        "postalAddress|samraad.error.too-long"),
                fields(expectValidation(() -> bed.add(council, new MemberInput(null, huge, "MEMBER", null, null, null,
                        null, null, false, true, huge, huge, huge, null, null)))));
        assertEquals(Set.of("userKey|samraad.error.too-long"),
                fields(expectValidation(() -> bed.add(council, user(huge, "MEMBER", null)))));
        assertEquals(0, ao.count(MemberEntity.class));
    }

    @Test
    public void malformedContactDetailsAndControlCharactersAreFieldErrors() {
        assertEquals(Set.of("email|samraad.error.email", "phone|samraad.member.error.phone",
                        "name|samraad.error.single-line", "postalAddress|samraad.error.control"),
                fields(expectValidation(() -> bed.add(council, new MemberInput(null, "Karin\nHolm", "MEMBER", null,
                        null, null, null, null, false, true, "karin at nordby", "ring mig", "Torvet\u0000 3", null, null)))));
        assertEquals(Set.of("email|samraad.error.email"), fields(expectValidation(() -> bed.add(council,
                new MemberInput(null, "K", "MEMBER", null, null, null, null, null, false, true,
                        "a\"onmouseover=\"x@nordby.example", null, null, null, null)))));
        assertEquals(Set.of("phone|samraad.member.error.phone"), fields(expectValidation(() -> bed.add(council,
                new MemberInput(null, "K", "MEMBER", null, null, null, null, null, false, true, null, "+1", null, null, null)))));
    }

    @Test
    public void scriptTagsAndQuotesAreKeptAsTextForTheTemplatesToEscape() {
        String hostile = "<script>alert(\"x\")</script>' onmouseover='x";

        Member created = bed.add(council, new MemberInput(null, hostile, "MEMBER", null, null, null, null, null,
                false, true, "aase.o+raad@nordby.example", null, "<b>Torvet</b>", null, null));

        assertEquals(hostile, created.name());
        assertEquals("<b>Torvet</b>", members.get(created.id()).postalAddress());
    }

    // --- visibility ---------------------------------------------------------------------------------------------

    @Test
    public void contactDetailsAndUnpublishedNamesAreForCouncilMembersAndSpaceAdministratorsOnly() {
        Member consenting = bed.add(council, contact("Jonas Bech", true));
        Member private_ = bed.add(council, contact("Leila Nour", false));
        Member privateUser = bed.add(council, new MemberInput(MEMBER_USER, null, "MEMBER", null, null, null, null,
                null, true, false, "mona@nordby.example", null, null, null, null));

        for (String outsider : new String[] {null, READER, EDITOR}) {
            bed.actAs(outsider);
            List<Member> seen = members.list(council.id());
            Member jonas = find(seen, consenting.id());
            assertEquals("Jonas Bech", jonas.displayName());
            assertFalse(jonas.nameHidden());
            assertNoPrivateData(jonas);
            Member leila = find(seen, private_.id());
            assertEquals(HIDDEN, leila.displayName());
            assertTrue(leila.nameHidden());
            assertNull(leila.name());
            assertNoPrivateData(leila);
            Member mona = find(seen, privateUser.id());
            assertNull("the user key would identify her as well as her name", mona.userKey());
            assertEquals(HIDDEN, mona.displayName());
            assertEquals(HIDDEN, members.get(private_.id()).displayName());
            assertNull(members.get(consenting.id()).email());
        }

        for (String insider : new String[] {MEMBER_USER, ADMIN}) {
            bed.actAs(insider);
            Member leila = find(members.list(council.id()), private_.id());
            assertEquals("Leila Nour", leila.displayName());
            assertFalse(leila.nameHidden());
            assertEquals("leilanour@nordby.example", leila.email());
            assertEquals("+45 70 10 20 30", leila.phone());
            assertEquals("Torvet 3, Nordby", leila.postalAddress());
            assertEquals(Boolean.TRUE, leila.perDiemEligible());
            assertNotNull(leila.consentChangedAt());
            assertEquals(MEMBER_USER, find(members.list(council.id()), privateUser.id()).userKey());
            assertEquals("leilanour@nordby.example", members.get(private_.id()).email());
        }
    }

    @Test
    public void observersAndFormerMembersAreNotInsiders() {
        Member private_ = bed.add(council, contact("Leila Nour", false));
        bed.add(council, user(OBSERVER_USER, "OBSERVER", null));
        bed.add(council, new MemberInput(FORMER_USER, null, "MEMBER", null, null, null, TODAY.minusYears(3),
                TODAY.minusDays(1), false, true, null, null, null, null, null));
        bed.add(council, new MemberInput(READER, null, "MEMBER", null, null, null, TODAY.plusDays(1), null, false,
                true, null, null, null, null, null));

        for (String notInside : new String[] {OBSERVER_USER, FORMER_USER, READER}) {
            bed.actAs(notInside);
            Member leila = members.get(private_.id());
            assertEquals(notInside, HIDDEN, leila.displayName());
            assertNull(notInside, leila.email());
        }
    }

    @Test
    public void aMemberOfAnotherCouncilIsNotAnInsiderHere() {
        Council other = bed.council("INT", "Andet råd");
        bed.add(other, user(MEMBER_USER, "CHAIR", null));
        Member private_ = bed.add(council, contact("Leila Nour", false));

        bed.actAs(MEMBER_USER);

        assertEquals(HIDDEN, members.get(private_.id()).displayName());
    }

    @Test
    public void anAnonymisedMemberShowsAsAFormerMemberToEveryone() {
        Member gone = bed.add(council, contact("Slettet Person", true));
        MemberEntity row = ao.get(MemberEntity.class, gone.id());
        row.setAnonymisedAt(new Date());
        row.save();

        for (String caller : new String[] {null, ADMIN}) {
            bed.actAs(caller);
            Member seen = members.get(gone.id());
            assertEquals("Former member", seen.displayName());
            assertTrue(seen.anonymised());
            assertFalse(seen.serving());
            assertNull(seen.name());
            assertNull(seen.email());
        }
        ServiceException e = expect(MemberAnonymisedException.class, () -> members.update(gone.id(),
                person("Tilbage", "MEMBER", null, null, null)));
        assertEquals(409, e.status());
    }

    @Test
    public void anEditorWhoCannotSeeContactDetailsOrTheNameKeepsThemWhenSaving() {
        Member leila = bed.add(council, contact("Leila Nour", false));
        bed.actAs(EDITOR);
        Member seen = members.get(leila.id());

        Member saved = members.update(leila.id(), new MemberInput(seen.userKey(), seen.name(), "MEMBER",
                users.id(), null, null, null, TODAY.plusYears(2), seen.perDiemEligible(), seen.publishConsent(),
                seen.email(), seen.phone(), seen.postalAddress(), null, seen.version()));

        assertEquals(Integer.valueOf(users.id()), saved.seatId());
        MemberEntity row = ao.get(MemberEntity.class, leila.id());
        assertEquals("Leila Nour", row.getName());
        assertEquals("leilanour@nordby.example", row.getEmail());
        assertEquals("+45 70 10 20 30", row.getPhone());
        assertEquals("Torvet 3, Nordby", row.getPostalAddress());
        assertTrue(row.isPerDiemEligible());
    }

    @Test
    public void anEditorWhoCannotSeeTheNameCannotPublishIt() {
        Member leila = bed.add(council, contact("Leila Nour", false));
        bed.actAs(EDITOR);

        assertEquals(Set.of("publishConsent|samraad.member.error.consent-unseen"), fields(expectValidation(() ->
                members.update(leila.id(), new MemberInput(null, null, "MEMBER", null, null, null, null, null,
                        null, true, null, null, null, null, 0)))));
        assertFalse(ao.get(MemberEntity.class, leila.id()).isPublishConsent());

        bed.actAs(ADMIN);
        Member published = members.update(leila.id(), new MemberInput(null, "Leila Nour", "MEMBER", null, null,
                null, null, null, true, true, null, null, null, null, 0));
        assertTrue(published.publishConsent());
    }

    @Test
    public void anInsiderClearsContactDetailsBySendingNull() {
        Member leila = bed.add(council, contact("Leila Nour", false));

        Member saved = members.update(leila.id(), new MemberInput(null, "Leila Nour", "MEMBER", null, null, null,
                null, null, false, false, null, null, null, null, 0));

        assertNull(saved.email());
        assertNull(ao.get(MemberEntity.class, leila.id()).getEmail());
    }

    @Test
    public void theConsentDateChangesOnlyWhenConsentChanges() {
        Member leila = bed.add(council, contact("Leila Nour", false));
        Date first = new Date(NOW.toEpochMilli() - 86_400_000L);
        MemberEntity row = ao.get(MemberEntity.class, leila.id());
        row.setConsentChangedAt(first);
        row.save();

        members.update(leila.id(), new MemberInput(null, "Leila Nour", "MEMBER", null, null, null, null, null,
                true, false, null, null, null, null, 0));
        assertEquals(first.toInstant(), ao.get(MemberEntity.class, leila.id()).getConsentChangedAt().toInstant());

        Member consented = members.update(leila.id(), new MemberInput(null, "Leila Nour", "MEMBER", null, null,
                null, null, null, true, true, null, null, null, null, 1));
        assertEquals(NOW, consented.consentChangedAt());
    }

    // --- permissions, versions, deletion ----------------------------------------------------------------------

    @Test
    public void readersAndAnonymousMayNotChangeMembersAndRestrictedCouncilsAreNotFound() {
        Member jonas = bed.named(council, "Jonas Bech", "MEMBER", null, null, null);
        Council internal = bed.council("INT", "Internt råd");
        Member secret = bed.named(internal, "Hemmelig", "MEMBER", null, null, null);

        for (String caller : new String[] {null, READER, MEMBER_USER}) {
            bed.actAs(caller);
            expect(ForbiddenException.class, () -> members.create(council.id(), person("X", "MEMBER", null, null, null)));
            expect(ForbiddenException.class, () -> members.update(jonas.id(), person("X", "MEMBER", null, null, null)));
            expect(ForbiddenException.class, () -> members.delete(jonas.id()));
            expect(NotFoundException.class, () -> members.list(internal.id()));
            expect(NotFoundException.class, () -> members.get(secret.id()));
            expect(NotFoundException.class, () -> members.delete(secret.id()));
            expect(NotFoundException.class, () -> members.update(secret.id(), person("X", "MEMBER", null, null, null)));
        }
        expect(NotFoundException.class, () -> members.get(999_999));
        expect(NotFoundException.class, () -> members.list(999_999));
    }

    @Test
    public void anUpdateNeedsTheVersionReadAndAStaleOneGets409() {
        Member jonas = bed.named(council, "Jonas Bech", "MEMBER", null, null, null);

        assertEquals(Set.of("version|samraad.error.required"), fields(expectValidation(() ->
                members.update(jonas.id(), person("Jonas Bech", "MEMBER", null, null, null)))));
        Member renamed = members.update(jonas.id(), new MemberInput(null, "Jonas B. Bech", "MEMBER", null, null,
                null, null, null, false, true, null, null, null, null, 0));
        assertEquals(1, renamed.version());

        ServiceException stale = expect(StaleVersionException.class, () -> members.update(jonas.id(),
                new MemberInput(null, "Forældet", "MEMBER", null, null, null, null, null, false, true, null, null, null,
                        null, 0)));
        assertEquals(409, stale.status());
        assertEquals("Jonas B. Bech", members.get(jonas.id()).name());
    }

    @Test
    public void aMemberRegisteredByMistakeIsDeletedAndTheirSubstituteKeepsServing() {
        Member jonas = bed.named(council, "Jonas Bech", "MEMBER", null, null, null);
        Member per = bed.add(council, substitute("Per Ravn", jonas.id()));

        bed.actAs(EDITOR);
        members.delete(jonas.id());

        expect(NotFoundException.class, () -> members.get(jonas.id()));
        Member after = members.get(per.id());
        assertNull(after.substituteForId());
        assertEquals(MemberRole.SUBSTITUTE, after.role());
    }

    @Test
    public void aMemberWithMeetingHistoryIsNotDeleted() {
        Member jonas = bed.named(council, "Jonas Bech", "MEMBER", null, null, null);
        MeetingEntity meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", council.id()),
                new DBParam("STATUS", "HELD"), new DBParam("KIND", "ORDINARY"), new DBParam("TITLE", "Møde"),
                new DBParam("STARTS_AT", new Date()));
        ao.create(AttendanceEntity.class, new DBParam("MEETING_ID", meeting.getID()), new DBParam("MEMBER_ID", jonas.id()),
                new DBParam("STATUS", "PRESENT"));

        ServiceException e = expect(MemberHasHistoryException.class, () -> members.delete(jonas.id()));

        assertEquals(409, e.status());
        assertEquals("Jonas Bech", members.get(jonas.id()).name());
    }

    // --- the list and its cost --------------------------------------------------------------------------------

    @Test
    public void theListPutsServingMembersFirstThenChairAndViceChairThenByVisibleName() {
        bed.named(council, "Åse", "MEMBER", null, null, null);
        bed.named(council, "Bent", "MEMBER", null, null, null);
        bed.named(council, "Vera", "VICE_CHAIR", null, null, null);
        bed.named(council, "Zenia", "CHAIR", null, null, null);
        bed.named(council, "Anna", "MEMBER", null, TODAY.minusYears(2), TODAY.minusDays(1));
        bed.named(council, "Carl", "SUBSTITUTE", null, null, null);

        assertEquals(List.of("Zenia", "Vera", "Bent", "Åse", "Carl", "Anna"),
                members.list(council.id()).stream().map(Member::displayName).toList());
    }

    @Test
    public void listingTenOrFiveHundredMembersCostsAtMostThreeStatements() throws Exception {
        assertListBudget(10);
        assertListBudget(490);
    }

    private void assertListBudget(int count) throws Exception {
        int org = bed.organisation("Forening " + count, "UDS");
        for (int i = 0; i < count; i++) {
            MemberEntity row = bed.row(council, "Medlem " + i, i % 7 == 0 ? "SUBSTITUTE" : "MEMBER",
                    i % 2 == 0 ? users.id() : null, null, null, i % 3 != 0);
            row.setOrganisationId(i % 5 == 0 ? org : null);
            row.setUserKey(i % 11 == 0 ? MEMBER_USER : null);
            row.save();
        }
        ao.flushAll();
        int total = ao.count(MemberEntity.class);
        for (String caller : new String[] {null, READER, MEMBER_USER, ADMIN}) {
            bed.actAs(caller);
            sql.assertAtMost(3, () -> assertEquals(total, members.list(council.id()).size()));
            sql.assertAtMost(3, () -> memberCsv.export(council.id()));
            sql.assertAtMost(3, () -> compositions.of(council.id()));
        }
        int anyId = ao.find(MemberEntity.class)[0].getID();
        bed.actAs(MEMBER_USER);
        sql.assertAtMost(3, () -> members.get(anyId));
    }

    // --- CSV ----------------------------------------------------------------------------------------------------

    @Test
    public void theCsvExportAppliesTheSameVisibilityRules() {
        bed.add(council, contact("Leila Nour", false));
        bed.add(council, new MemberInput(null, "=HYPERLINK(\"http://evil.example\")", "CHAIR", manager.id(), null,
                null, null, null, false, true, null, null, null, null, null));

        bed.actAs(null);
        String anonymous = memberCsv.export(council.id());
        assertTrue(anonymous.startsWith(CsvWriter.BYTE_ORDER_MARK + "Name;Role;Seat;Organisation;"));
        assertTrue(anonymous.contains(HIDDEN));
        assertFalse(anonymous.contains("Leila"));
        assertFalse(anonymous.contains("@nordby.example"));
        assertFalse(anonymous.contains("70 10 20 30"));
        assertTrue("formula neutralised and quoted", anonymous.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\";Chair;Centerchef"));
        assertTrue("per diem and contact cells are empty", anonymous.contains(HIDDEN + ";Member;;;;;;;No;;;\r\n"));

        bed.actAs(ADMIN);
        String admin = memberCsv.export(council.id());
        assertTrue(admin.contains("Leila Nour;Member;;;;;;Yes;No;leilanour@nordby.example;'+45 70 10 20 30;\"Torvet 3, Nordby\"\r\n"));
    }

    @Test
    public void theCsvExportLeavesOutFormerMembers() {
        bed.named(council, "Tidligere", "MEMBER", null, TODAY.minusYears(3), TODAY.minusDays(1));
        bed.named(council, "Nuværende", "MEMBER", null, null, TODAY);

        String csv = memberCsv.export(council.id());

        assertFalse(csv.contains("Tidligere"));
        assertTrue(csv.contains("Nuværende"));
        assertEquals(2, csv.split("\r\n").length);
    }

    private static MemberInput contact(String name, boolean consent) {
        return new MemberInput(null, name, "MEMBER", null, null, null, null, null, true, consent,
                name.toLowerCase().replaceAll("[^a-z]", "") + "@nordby.example", "+45 70 10 20 30", "Torvet 3, Nordby",
                null, null);
    }

    private static MemberInput substitute(String name, int forId) {
        return new MemberInput(null, name, "SUBSTITUTE", null, null, forId, null, null, false, true, null, null, null,
                null, null);
    }

    private static MemberInput withForce(MemberInput in) {
        return new MemberInput(in.userKey(), in.name(), in.role(), in.seatId(), in.organisationId(), in.substituteForId(),
                in.termStart(), in.termEnd(), in.perDiemEligible(), in.publishConsent(), in.email(), in.phone(),
                in.postalAddress(), true, in.version());
    }

    private static void assertNoPrivateData(Member m) {
        assertNull(m.email());
        assertNull(m.phone());
        assertNull(m.postalAddress());
        assertNull(m.perDiemEligible());
        assertNull(m.consentChangedAt());
    }

    private static Member find(List<Member> members, int id) {
        return members.stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }
}
