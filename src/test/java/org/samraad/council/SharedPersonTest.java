package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.council.MemberData.ADMIN;
import static org.samraad.council.MemberData.EDITOR;
import static org.samraad.council.MemberData.MEMBER_USER;
import static org.samraad.council.MemberData.READER;
import static org.samraad.council.MemberData.fields;
import static org.samraad.council.MemberData.user;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.LocalDate;
import net.java.ao.DBParam;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.StaleVersionException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * A person in several councils (seed 002: a politician of the municipal board who is also a member of the dialogue
 * forum): entered once, chosen in the second council, one person however many memberships. Each council has a space
 * of its own (UDS the board, INT the forum, FGR a follow-up group); the administrator administers all three, OTH not.
 */
public class SharedPersonTest extends AoTestSupport {
    private MemberData bed;
    private TestPlugin plugin;
    private MemberService members;
    private Council board;
    private Council forum;

    @Before
    public void setUp() {
        plugin = plugin().users(MemberData.USERS).clock(() -> MemberData.NOW).confluence(new FakeConfluence()
                .space("UDS").space("INT").space("FGR").space("OTH")
                .grant(ADMIN, Permission.ADMINISTER, "UDS").grant(ADMIN, Permission.EDIT, "UDS")
                .grant(ADMIN, Permission.ADMINISTER, "INT").grant(ADMIN, Permission.EDIT, "INT")
                .grant(ADMIN, Permission.ADMINISTER, "FGR").grant(ADMIN, Permission.EDIT, "FGR")
                .grant(ADMIN, Permission.VIEW, "OTH")
                .grant(EDITOR, Permission.EDIT, "INT").grant(EDITOR, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "INT")
                .actAs(ADMIN)).start();
        bed = new MemberData(plugin, ao);
        members = plugin.get(MemberService.class);
        board = bed.council("UDS", "Kommunalbestyrelsen");
        forum = bed.council("INT", "Dialogforum for socialt udsatte");
    }

    private MemberInput samePerson(int memberId, String role) {
        return new MemberInput(null, null, role, null, null, null, null, null, true, null, null, null, null, null,
                null, memberId);
    }

    @Test
    public void aPersonChosenFromAnotherCouncilSharesNameContactAndConsentAndAChangeReachesBoth() {
        Member inBoard = bed.add(board, new MemberInput(null, "Karoline Bech", "MEMBER", null, null, null, null, null,
                false, true, "karoline@nordby.example", "+45 70 10 20 30", null, null, null));

        Member inForum = bed.add(forum, samePerson(inBoard.id(), "VICE_CHAIR"));

        assertEquals("Karoline Bech", inForum.displayName());
        assertEquals("karoline@nordby.example", inForum.email());
        assertTrue(inForum.publishConsent());
        assertEquals(inBoard.consentChangedAt(), inForum.consentChangedAt());
        assertEquals(MemberRole.VICE_CHAIR, inForum.role());
        assertEquals(Boolean.TRUE, inForum.perDiemEligible()); // the membership's own
        assertEquals(inBoard.personId(), inForum.personId());
        assertEquals(inBoard.id(), inForum.personId());

        Member renamed = members.update(inForum.id(), new MemberInput(null, "Karoline Bech Sørensen", "VICE_CHAIR",
                null, null, null, null, null, true, false, "kbs@nordby.example", null, null, null, inForum.version()));

        Member board2 = members.get(inBoard.id());
        assertEquals("Karoline Bech Sørensen", board2.displayName());
        assertEquals("kbs@nordby.example", board2.email());
        assertFalse(board2.publishConsent());
        assertEquals(inBoard.version() + 1, board2.version());
        assertEquals(MemberRole.MEMBER, board2.role());
        assertEquals(Boolean.FALSE, board2.perDiemEligible());
        assertEquals(renamed.consentChangedAt(), board2.consentChangedAt());
        // a form still open on the board's row meets a 409 rather than overwriting the new name
        expect(StaleVersionException.class, () -> members.update(inBoard.id(), new MemberInput(null, "Karoline Bech",
                "MEMBER", null, null, null, null, null, false, true, null, null, null, null, inBoard.version())));
    }

    @Test
    public void aConfluenceUserChosenFromAnotherCouncilKeepsTheUserKey() {
        Member inBoard = bed.add(board, user(MEMBER_USER, "MEMBER", null));
        Member inForum = bed.add(forum, samePerson(inBoard.id(), "MEMBER"));
        assertEquals(MEMBER_USER, inForum.userKey());
        assertNull(inForum.name());
        assertEquals("Mona Medlem", inForum.displayName());
    }

    @Test
    public void theChoiceMustBeAPersonOfAnotherCouncilOfTheSpaceNotYetHereAsFieldErrors() {
        Member inBoard = bed.named(board, "Karoline Bech", "MEMBER", null, null, null);
        // a council of a space the administrator only views: its people's details are not theirs to hand on
        CouncilEntity elsewhere = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "OTH"),
                new DBParam("NAME", "Andet råd"), new DBParam("KIND", "SOCIAL_COUNCIL"));
        MemberEntity inElsewhere = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", elsewhere.getID()),
                new DBParam("ROLE", "MEMBER"), new DBParam("NAME", "Jens Holm"));
        Member inForum = bed.add(forum, samePerson(inBoard.id(), "MEMBER"));

        assertEquals(Set.of("samePersonAs|samraad.member.error.same-person-unknown"),
                fields(expectValidation(() -> bed.add(forum, samePerson(inElsewhere.getID(), "MEMBER")))));
        assertEquals(Set.of("samePersonAs|samraad.member.error.same-person-unknown"),
                fields(expectValidation(() -> bed.add(forum, samePerson(987_654, "MEMBER")))));
        assertEquals(Set.of("samePersonAs|samraad.member.error.same-person-unknown"),
                fields(expectValidation(() -> bed.add(board, samePerson(inBoard.id(), "MEMBER")))));
        // already in the forum: through either membership
        assertEquals(Set.of("samePersonAs|samraad.member.error.same-person-here"),
                fields(expectValidation(() -> bed.add(board, samePerson(inForum.id(), "MEMBER")))));
        assertEquals(2, members.list(forum.id()).size() + members.list(board.id()).size());
    }

    @Test
    public void theFormOffersTheSpacesOtherPeopleOncePerPersonToEditorsOnly() {
        Member karoline = bed.named(board, "Karoline Bech", "MEMBER", null, null, null);
        bed.named(board, "Allan Juul", "MEMBER", null, null, null);
        bed.named(board, "Gammel Gert", "MEMBER", null, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
        Council third = bed.council("FGR", "Følgegruppen");
        bed.add(third, samePerson(karoline.id(), "MEMBER"));
        bed.named(forum, "Bo Lind", "MEMBER", null, null, null);

        // once each, though Karoline sits in two of the administrator's other councils; the council, the councils
        // and every council's members in one: three statements however many councils there are
        List<List<MemberService.PersonChoice>> choices = new java.util.ArrayList<>();
        sql.assertAtMost(3, () -> choices.add(members.otherPeople(forum.id())));
        List<String> offered = choices.get(0).stream().map(MemberService.PersonChoice::displayName).toList();
        assertEquals(List.of("Allan Juul", "Karoline Bech"), offered);
        assertEquals("Kommunalbestyrelsen", members.otherPeople(forum.id()).get(0).councilName());

        bed.add(forum, samePerson(karoline.id(), "MEMBER"));
        assertEquals(List.of("Allan Juul"), members.otherPeople(forum.id()).stream()
                .map(MemberService.PersonChoice::displayName).toList());

        plugin.actAs(EDITOR); // edits the forum, administers no other council's space
        assertEquals(List.of(), members.otherPeople(forum.id()));
        plugin.actAs(READER);
        expect(ForbiddenException.class, () -> members.otherPeople(forum.id()));
        plugin.actAs(ADMIN);
    }

    @Test
    public void erasingThePersonFromOneCouncilErasesEveryMembership() {
        Member inBoard = bed.named(board, "Karoline Bech", "MEMBER", null, null, null);
        Member inForum = bed.add(forum, samePerson(inBoard.id(), "MEMBER"));
        Member other = bed.named(forum, "Bo Lind", "MEMBER", null, null, null);

        PersonalDataEraser.Erasure erasure = plugin.get(PersonErasureService.class).erasePerson(inForum.id());

        assertEquals(2, erasure.memberships());
        for (int id : List.of(inBoard.id(), inForum.id())) {
            MemberEntity row = ao.get(MemberEntity.class, id);
            assertNull(row.getName());
            assertTrue(row.getAnonymisedAt() != null);
        }
        assertEquals("Bo Lind", ao.get(MemberEntity.class, other.id()).getName());
    }

    @Test
    public void theExportListsThePersonsOtherMemberships() {
        Member inBoard = bed.named(board, "Karoline Bech", "MEMBER", null, null, null);
        Member inForum = bed.add(forum, samePerson(inBoard.id(), "MEMBER"));

        PersonalDataExport.Export export = plugin.get(PersonalDataExport.class).export(inBoard.id());

        assertEquals(List.of(inForum.id()), export.otherMemberships().stream().map(row -> row.get("id")).toList());
    }
}
