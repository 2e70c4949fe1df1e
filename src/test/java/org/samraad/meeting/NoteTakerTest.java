package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import java.util.Date;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.PersonalDataEraser;
import org.samraad.platform.Transactions;
import org.samraad.testing.TestPlugin;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.Rows;

/**
 * Seed 004's note-taker ("David Bergström, socialförvaltningen (antecknar)") on a real database (issue 18.4). The
 * note-taker is a member of the council, picked from its member list, so the member list's rule names them: an
 * outsider never reads a name without consent, erasure leaves "former member". A stated fact of the minutes: frozen
 * with them, and a change while they are approved is a 409.
 */
public class NoteTakerTest extends AoTestSupport {
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String ADMIN = "key-admin";

    private FakeConfluence confluence;
    private TestPlugin plugin;
    private MeetingService meetings;
    private int uds;
    private int david;
    private int shy;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(ADMIN, Permission.ADMINISTER, "UDS")
                .actAs(EDITOR);
        plugin = plugin().confluence(confluence).users(Map.of(EDITOR, "Edith Redaktør", READER, "Rita Reader"))
                .clock(() -> MeetingServiceTest.NOW).start();
        meetings = plugin.get(MeetingService.class);
        uds = council("UDS");
        new Rows(ao).secretary(uds, EDITOR);
        david = new Rows(ao).member(uds, "SECRETARY").name("David Notat").consent(true).save().getID();
        shy = new Rows(ao).member(uds, "MEMBER").name("Stine Stille").noConsent().save().getID();
    }

    @Test
    public void theSecretaryChoosesAMemberAsNoteTakerAndEveryoneReadsTheName() {
        Meeting created = meetings.create(uds, input(david, null));
        assertEquals(Integer.valueOf(david), created.noteTaker());
        assertEquals("David Notat", created.noteTakerName());
        assertEquals(Integer.valueOf(david), ao.get(MeetingEntity.class, created.id()).getNoteTakerMemberId());
        for (String reader : new String[] {READER, null}) {
            confluence.actAs(reader);
            assertEquals("David Notat", meetings.get(created.id()).noteTakerName());
            assertEquals("David Notat", meetings.list(uds, MeetingFilter.all()).items().get(0).noteTakerName());
        }
        confluence.actAs(EDITOR);
        Meeting none = meetings.update(created.id(), input(null, 0));
        assertNull(none.noteTaker());
        assertNull(none.noteTakerName());
    }

    @Test
    public void aNoteTakerWithoutConsentIsNamedToInsidersOnlyAndAnErasedOneIsAFormerMember() {
        int id = meetings.create(uds, input(shy, null)).id();
        confluence.actAs(ADMIN);
        assertEquals("Stine Stille", meetings.get(id).noteTakerName());
        for (String outsider : new String[] {READER, null}) {
            confluence.actAs(outsider);
            assertEquals("Member (name not published)", meetings.get(id).noteTakerName());
            assertEquals("Member (name not published)", meetings.list(uds, MeetingFilter.all()).items().get(0)
                    .noteTakerName());
        }
        new Rows(ao).member(uds, "MEMBER").name("Anden").consent(true).save();
        org.samraad.council.MemberEntity row = ao.get(org.samraad.council.MemberEntity.class, shy);
        row.setName(null);
        row.setAnonymisedAt(java.util.Date.from(Instant.parse("2026-02-11T00:00:00Z")));
        row.save();
        confluence.actAs(ADMIN);
        assertEquals("Former member", meetings.get(id).noteTakerName());
    }

    @Test
    public void theNoteTakerIsPickedFromThisCouncilsMemberList() {
        int other = council("INT");
        int stranger = new Rows(ao).member(other, "MEMBER").name("Fremmed").consent(true).save().getID();
        for (int wrong : new int[] {stranger, 999_999}) {
            ValidationException e = expectValidation(() -> meetings.create(uds, input(wrong, null)));
            assertEquals(Set.of("noteTaker|samraad.meeting.error.unknown-note-taker"), fields(e));
        }
        org.samraad.council.MemberEntity erased = new Rows(ao).member(uds, "MEMBER").name("Slettet").save();
        erased.setAnonymisedAt(java.util.Date.from(Instant.parse("2026-02-01T00:00:00Z")));
        erased.save();
        assertEquals(Set.of("noteTaker|samraad.meeting.error.unknown-note-taker"),
                fields(expectValidation(() -> meetings.create(uds, input(erased.getID(), null)))));
        assertEquals(0, ao.count(MeetingEntity.class));
    }

    @Test
    public void approvedMinutesFreezeTheNoteTakerA409RefusesAChangeAndTheSnapshotHoldsThem() {
        Meeting meeting = meetings.create(uds, input(david, null));
        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 0, true));
        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", 1, true));

        MeetingLockedException locked = expect(MeetingLockedException.class,
                () -> meetings.update(meeting.id(), input(shy, 2)));
        assertEquals(409, locked.status());
        assertEquals("samraad.meeting.error.locked-facts", locked.messageKey());
        expect(MeetingLockedException.class, () -> meetings.update(meeting.id(), input(null, 2)));
        assertEquals(Integer.valueOf(david), ao.get(MeetingEntity.class, meeting.id()).getNoteTakerMemberId());
        assertEquals("the same note-taker is no change", Integer.valueOf(david),
                meetings.update(meeting.id(), input(david, 2)).noteTaker());

        MinutesSnapshotEntity[] snapshots = ao.find(MinutesSnapshotEntity.class, "MEETING_ID = ?", meeting.id());
        assertEquals(1, snapshots.length);
        FrozenMinutes frozen = FrozenMinutes.parse(snapshots[0].getContent());
        assertEquals("David Notat", frozen.noteTaker().name());
        assertTrue("erasure and the export find them in the approved minutes",
                frozen.memberIds().contains(david));
    }

    @Test
    public void erasingTheNoteTakerLeavesAFormerMemberInTheLiveMeetingAndInTheApprovedMinutes() {
        Meeting meeting = meetings.create(uds, input(david, null));
        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 0, true));
        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", 1, true));

        PersonalDataEraser eraser = plugin.get(PersonalDataEraser.class);
        PersonalDataEraser.Erasure erasure = plugin.get(Transactions.class).inTransaction(() ->
                eraser.erasePerson(ao.get(MemberEntity.class, david), Date.from(MeetingServiceTest.NOW)));
        assertTrue("the meeting and the snapshot point at them: " + erasure, erasure.references() >= 2);

        for (String reader : new String[] {EDITOR, READER, null}) {
            confluence.actAs(reader);
            assertEquals("Former member", meetings.get(meeting.id()).noteTakerName());
        }
        FrozenMinutes frozen = FrozenMinutes.parse(ao.find(MinutesSnapshotEntity.class, "MEETING_ID = ?",
                meeting.id())[0].getContent());
        assertNull(frozen.noteTaker().name());
        assertTrue(frozen.noteTaker().anonymisedAt() != null);
        assertTrue("no trace of the name in the record",
                !ao.find(MinutesSnapshotEntity.class, "MEETING_ID = ?", meeting.id())[0].getContent()
                        .contains("David Notat"));
    }

    @Test
    public void aNamedNoteTakerCostsTheMeetingReadNoStatementAndTheListAtMostThree() {
        for (int i = 0; i < 5; i++) {
            meetings.create(uds, new MeetingInput("ORDINARY", "2026-03-1" + i, "17:00", null, null, false, null, null,
                    null, i % 2 == 0 ? david : shy, null));
        }
        int first = meetings.list(uds, MeetingFilter.all()).items().get(0).id();
        int without = meetings.create(uds, new MeetingInput("ORDINARY", "2026-04-01", "17:00", null, null, false, null,
                null, null, null, null)).id();
        for (String reader : new String[] {EDITOR, READER, null}) {
            confluence.actAs(reader);
            // the meeting's read (its guests are one more statement) costs the same with a note-taker as without
            int plain = sql.count(() -> meetings.get(without));
            sql.assertAtMost(plain, () -> meetings.get(first));
            sql.assertAtMost(3, () -> assertEquals(6, meetings.list(uds, MeetingFilter.all()).items().size()));
        }
    }

    @Test
    public void aMeetingWhoseNoteTakerWasErasedCanStillBeChangedWithTheNoteTakerSentBackAsItIs() {
        Meeting meeting = meetings.create(uds, input(david, null));
        PersonalDataEraser eraser = plugin.get(PersonalDataEraser.class);
        plugin.get(Transactions.class).inTransaction(() ->
                eraser.erasePerson(ao.get(MemberEntity.class, david), Date.from(MeetingServiceTest.NOW)));

        // the page's "Edit meeting" sends back what it does not show, the note-taker included
        Meeting moved = meetings.update(meeting.id(), new MeetingInput("ORDINARY", "2026-03-13", "17:00", "19:00",
                "Rådhuset", false, null, null, meeting.version(), david, null));

        assertEquals("2026-03-13", moved.startsAt().toLocalDate().toString());
        assertEquals(Integer.valueOf(david), moved.noteTaker());
        assertEquals("choosing the erased member anew is still refused", "noteTaker",
                expect(ValidationException.class, () -> meetings.create(uds, input(david, null))).errors().get(0)
                        .field());
    }

    private static MeetingInput input(Integer noteTaker, Integer version) {
        return new MeetingInput("ORDINARY", "2026-03-12", "17:00", "19:00", "Rådhuset", false, null, null, version,
                noteTaker, null);
    }

    private int council(String spaceKey) {
        CouncilEntity row = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey),
                new DBParam("NAME", "Råd " + spaceKey), new DBParam("KIND", "SOCIAL_COUNCIL"),
                new DBParam("VERSION", 0));
        row.setLocale("da");
        row.save();
        return row.getID();
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }
}
