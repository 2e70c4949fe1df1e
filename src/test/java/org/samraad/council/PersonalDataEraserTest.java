package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.scheduler.status.RunOutcome;
import com.atlassian.sal.api.user.UserKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.action.ActionHistoryEntity;
import org.samraad.action.ActionItemEntity;
import org.samraad.action.PersonalHistoryFields;
import org.samraad.hearing.HearingEntity;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.platform.Transactions;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.RecordingEventPublisher;

public class PersonalDataEraserTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String ANNA = "key-anna";
    private static final String BO = "key-bo";

    private PersonalDataEraser eraser;
    private FakeConfluence confluence;

    @Before
    public void setUp() {
        confluence = new FakeConfluence();
        eraser = plugin().confluence(confluence).clock(() -> NOW).start().get(PersonalDataEraser.class);
    }

    @Test
    public void erasingAPersonClearsTheirDataEverywhereButKeepsTheRowsForHistory() {
        MemberEntity annaInFirst = member(1, ANNA, null, null);
        MemberEntity annaInSecond = member(2, ANNA, null, null);
        MemberEntity bo = member(1, BO, null, null);
        ActionItemEntity ownedByKey = action(1, ANNA, null);
        ActionItemEntity ownedByMembership = action(1, null, annaInFirst.getID());
        ActionItemEntity bosAction = action(1, BO, bo.getID());
        HearingEntity hearing = ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", 1),
                new DBParam("STATUS", "DRAFTING"), new DBParam("SUBJECT", "Høring"),
                new DBParam("RESPONSIBLE_USER_KEY", ANNA));
        ActionHistoryEntity history = ao.create(ActionHistoryEntity.class, new DBParam("ACTION_ID", bosAction.getID()),
                new DBParam("CHANGED_AT", Date.from(NOW)), new DBParam("CHANGE_KIND", "STATUS"),
                new DBParam("CHANGED_BY", ANNA));
        OrganisationEntity organisation = ao.create(OrganisationEntity.class, new DBParam("NAME", "Væresteder"),
                new DBParam("KIND", "VOLUNTARY_ORGANISATION"), new DBParam("CONTACT_USER_KEY", ANNA));
        AttendanceEntity attended = ao.create(AttendanceEntity.class, new DBParam("MEETING_ID", 7),
                new DBParam("MEMBER_ID", annaInFirst.getID()), new DBParam("STATUS", "PRESENT"),
                new DBParam("NAME", "Anna Aagaard"));

        PersonalDataEraser.Erasure erasure = eraser.erasePerson(annaInFirst, Date.from(NOW));

        assertEquals(2, erasure.memberships());
        for (MemberEntity membership : List.of(reload(annaInFirst), reload(annaInSecond))) {
            assertAnonymised(membership);
        }
        assertNull(reload(ownedByKey).getOwnerUserKey());
        assertNull(reload(ownedByMembership).getOwnerName());
        assertNull(ao.get(HearingEntity.class, hearing.getID()).getResponsibleUserKey());
        assertNull(ao.get(ActionHistoryEntity.class, history.getID()).getChangedBy());
        assertNull(ao.get(OrganisationEntity.class, organisation.getID()).getContactUserKey());
        assertNull(ao.get(AttendanceEntity.class, attended.getID()).getName());
        assertEquals("history keeps its rows", 3, ao.count(ActionItemEntity.class));
        assertEquals(BO, reload(bo).getUserKey());
        assertEquals(BO, reload(bosAction).getOwnerUserKey());
    }

    @Test
    public void erasingAPersonAlsoClearsThemFromTheActionHistoryButKeepsTheHistoryRows() {
        MemberEntity anna = member(1, ANNA, null, null);
        MemberEntity karen = member(1, null, "Karen Kofoed", Date.from(NOW.minus(Duration.ofDays(400))));
        ActionItemEntity action = action(1, BO, null);
        ActionHistoryEntity fromAnnaToBo = history(action, PersonalHistoryFields.OWNER_USER_KEY, ANNA, BO);
        ActionHistoryEntity fromKaren = history(action, PersonalHistoryFields.OWNER_NAME, "Karen Kofoed", null);
        ActionHistoryEntity title = history(action, "title", "Anna Aagaard skal ringe", "Ring til natcaféen");

        eraser.erasePerson(anna, Date.from(NOW));
        eraser.anonymiseMembership(karen, Date.from(NOW));

        ActionHistoryEntity keyChange = reload(fromAnnaToBo);
        assertNull(keyChange.getOldValue());
        assertEquals(BO, keyChange.getNewValue());
        assertNull(reload(fromKaren).getOldValue());
        assertEquals("only owner fields are personal by design", "Anna Aagaard skal ringe", reload(title).getOldValue());
        assertEquals(3, ao.count(ActionHistoryEntity.class));
    }

    @Test
    public void anonymisingOneMembershipLeavesThePersonsOtherMembershipsAlone() {
        MemberEntity ended = member(1, ANNA, null, Date.from(NOW.minus(Duration.ofDays(400))));
        MemberEntity serving = member(2, ANNA, null, null);

        eraser.anonymiseMembership(ended, Date.from(NOW));

        assertAnonymised(reload(ended));
        assertEquals(ANNA, reload(serving).getUserKey());
        assertNull(reload(serving).getAnonymisedAt());
    }

    @Test
    public void theNightlyJobAnonymisesOnlyTermsThatEndedLongerAgoThanTheSettingAndIsIdempotent() {
        MemberEntity longGone = member(1, null, "Karen Kofoed", Date.from(NOW.minus(Duration.ofDays(400))));
        MemberEntity recentlyGone = member(1, null, "Lars Lund", Date.from(NOW.minus(Duration.ofDays(100))));
        MemberEntity serving = member(1, null, "Mette Munk", null);
        MemberAnonymisationJob job = job();

        assertEquals(1, job.anonymiseExpiredTerms());
        assertEquals(0, job.anonymiseExpiredTerms());

        assertAnonymised(reload(longGone));
        assertEquals("Lars Lund", reload(recentlyGone).getName());
        assertEquals("Mette Munk", reload(serving).getName());
    }

    @Test
    public void inReadOnlyModeTheNightlyJobAnonymisesNobody() {
        MemberEntity longGone = member(1, null, "Karen Kofoed", Date.from(NOW.minus(Duration.ofDays(400))));
        confluence.readOnly(true);

        assertEquals(RunOutcome.ABORTED, job().runJob(null).getRunOutcome());

        assertEquals("Karen Kofoed", reload(longGone).getName());
        assertNull(reload(longGone).getAnonymisedAt());
        confluence.readOnly(false);
        assertEquals(RunOutcome.SUCCESS, job().runJob(null).getRunOutcome());
        assertAnonymised(reload(longGone));
    }

    @Test
    public void inReadOnlyModeARemovedUsersKeyIsKept() {
        MemberEntity anna = member(1, ANNA, null, null);
        confluence.readOnly(true);

        new UserRemovedListener(new RecordingEventPublisher(), new Transactions(ao), eraser, () -> NOW,
                confluence.readOnlyMode()).onUserRemoved(new UserRemoveEvent(this, confluence.getUserByKey(new UserKey(ANNA))));

        assertEquals(ANNA, reload(anna).getUserKey());
    }

    @Test
    public void theAnonymisationPeriodComesFromThePluginSettings() {
        MemberEntity recentlyGone = member(1, null, "Lars Lund", Date.from(NOW.minus(Duration.ofDays(100))));
        new PrivacySettings(confluence).setAnonymiseAfterDays(90);

        assertEquals(1, job().anonymiseExpiredTerms());
        assertAnonymised(reload(recentlyGone));
    }

    @Test
    public void removingAConfluenceUserForgetsTheirKeyInEveryCouncil() {
        MemberEntity anna = member(1, ANNA, null, null);
        ActionItemEntity action = action(2, ANNA, null);
        RecordingEventPublisher events = new RecordingEventPublisher();
        UserRemovedListener listener = new UserRemovedListener(events, new Transactions(ao), eraser, () -> NOW, confluence.readOnlyMode());
        listener.register();
        assertTrue(events.registered().contains(listener));

        listener.onUserRemoved(new UserRemoveEvent(this, confluence.getUserByKey(new UserKey(ANNA))));

        assertAnonymised(reload(anna));
        assertNull(reload(action).getOwnerUserKey());
        listener.unregister();
        assertFalse(events.registered().contains(listener));
    }

    private MemberAnonymisationJob job() {
        return new MemberAnonymisationJob(ao, new Transactions(ao), eraser, new PrivacySettings(confluence), () -> NOW,
                confluence.readOnlyMode());
    }

    private static void assertAnonymised(MemberEntity member) {
        assertNull(member.getUserKey());
        assertNull(member.getName());
        assertNull(member.getEmail());
        assertNull(member.getPhone());
        assertNull(member.getPostalAddress());
        assertFalse(member.isPublishConsent());
        assertNotNull(member.getAnonymisedAt());
    }

    private MemberEntity member(int councilId, String userKey, String name, Date termEnd) {
        MemberEntity member = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("ROLE", "MEMBER"), new DBParam("USER_KEY", userKey), new DBParam("NAME", name),
                new DBParam("EMAIL", "person@example.org"), new DBParam("PHONE", "+45 12 34 56 78"),
                new DBParam("PUBLISH_CONSENT", true), new DBParam("TERM_END", termEnd));
        return member;
    }

    private ActionItemEntity action(int councilId, String ownerKey, Integer ownerMemberId) {
        return ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("STATUS", "OPEN"),
                new DBParam("TITLE", "Send materiale"), new DBParam("CREATED_AT", Date.from(NOW)),
                new DBParam("OWNER_USER_KEY", ownerKey), new DBParam("OWNER_MEMBER_ID", ownerMemberId),
                new DBParam("OWNER_NAME", "Anna Aagaard"));
    }

    private ActionHistoryEntity history(ActionItemEntity action, String field, String oldValue, String newValue) {
        return ao.create(ActionHistoryEntity.class, new DBParam("ACTION_ID", action.getID()),
                new DBParam("CHANGED_AT", Date.from(NOW)), new DBParam("CHANGE_KIND", field),
                new DBParam("CHANGED_BY", BO), new DBParam("OLD_VALUE", oldValue), new DBParam("NEW_VALUE", newValue));
    }

    private ActionHistoryEntity reload(ActionHistoryEntity change) {
        return ao.find(ActionHistoryEntity.class, "ID = ?", change.getID())[0];
    }

    /** A fresh read, so the assertion sees the database and not a proxy's cached values. */
    private MemberEntity reload(MemberEntity member) {
        return ao.find(MemberEntity.class, "ID = ?", member.getID())[0];
    }

    private ActionItemEntity reload(ActionItemEntity action) {
        return ao.find(ActionItemEntity.class, "ID = ?", action.getID())[0];
    }
}
