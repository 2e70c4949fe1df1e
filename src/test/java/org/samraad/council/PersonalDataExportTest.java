package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.action.ActionHistoryEntity;
import org.samraad.action.ActionItemEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.hearing.HearingEventEntity;
import org.samraad.meeting.AgendaDissenterEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.plan.CalendarFeedEntity;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * The per-person export (GDPR articles 15 and 20): the member row and every row that points at the person, by user
 * key, member id or name, within the member's space only; for space administrators of the member's council.
 */
public class PersonalDataExportTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String SPACE_ADMIN = "key-secretary";
    private static final String EDITOR = "key-member";
    private static final String PERSON = "key-person";

    private FakeConfluence confluence;
    private PersonalDataExport export;
    private int uds;
    private int udsYouth;
    private int intern;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(SPACE_ADMIN, Permission.ADMINISTER, "UDS")
                .grant(SPACE_ADMIN, Permission.EDIT, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(SPACE_ADMIN);
        export = plugin().confluence(confluence).users(Map.of(PERSON, "Petra Person")).clock(() -> NOW).start()
                .get(PersonalDataExport.class);
        uds = council("UDS");
        udsYouth = council("UDS");
        intern = council("INT");
    }

    @Test
    public void aConfluenceUsersExportHoldsTheMemberRowHerOtherMembershipsAndEveryRowThatPointsAtHer() {
        SeatEntity seat = ao.create(SeatEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("SEAT_GROUP", "USERS"), new DBParam("SORT_ORDER", 0),
                new DBParam("LABEL", "Brugerrepræsentant"), new DBParam("REQUIRED_COUNT", 1), new DBParam("VERSION", 0));
        int member = member(uds, PERSON, null, seat.getID());
        int youth = member(udsYouth, PERSON, null, null);
        member(intern, PERSON, null, null);
        int action = action(uds, PERSON, null);
        action(intern, PERSON, null);
        ActionHistoryEntity history = ao.create(ActionHistoryEntity.class, new DBParam("ACTION_ID", action),
                new DBParam("CHANGED_AT", Date.from(NOW)), new DBParam("CHANGE_KIND", "status"));
        history.setChangedBy(PERSON);
        history.save();
        HearingEntity hearing = ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", uds),
                new DBParam("SUBJECT", "Budget"), new DBParam("STATUS", "RECEIVED"), new DBParam("VERSION", 0));
        hearing.setResponsibleUserKey(PERSON);
        hearing.save();
        HearingEventEntity event = ao.create(HearingEventEntity.class, new DBParam("HEARING_ID", hearing.getID()),
                new DBParam("TO_STATUS", "RECEIVED"), new DBParam("OCCURRED_AT", Date.from(NOW)));
        event.setUserKey(PERSON);
        event.save();
        int meeting = meeting(uds);
        AttendanceEntity attendance = ao.create(AttendanceEntity.class, new DBParam("MEETING_ID", meeting),
                new DBParam("STATUS", "PRESENT"), new DBParam("VERSION", 0));
        attendance.setMemberId(member);
        attendance.setUserKey(PERSON);
        attendance.save();
        CalendarFeedEntity feed = ao.create(CalendarFeedEntity.class, new DBParam("COUNCIL_ID", uds),
                new DBParam("TOKEN_HASH", "abcdef0123456789"), new DBParam("CREATED_AT", Date.from(NOW)));
        feed.setUserKey(PERSON);
        feed.save();

        PersonalDataExport.Export result = export.export(member);

        assertEquals(member, result.memberId());
        assertEquals("UDS", result.spaceKey());
        assertEquals(PERSON, result.member().get("userKey"));
        assertEquals("Brugerrepræsentant", result.seat().get("label"));
        assertEquals(List.of(youth), result.otherMemberships().stream().map(row -> row.get("id")).toList());
        Map<String, List<Map<String, Object>>> references = result.references().stream().collect(
                Collectors.toMap(r -> r.table() + "." + r.column(), PersonalDataExport.References::rows));
        assertEquals(Set.of("ActionItem.ownerUserKey", "ActionHistory.changedBy", "Hearing.responsibleUserKey",
                "HearingEvent.userKey", "Attendance.userKey", "Attendance.memberId", "CalendarFeed.userKey"),
                references.keySet());
        assertEquals("only rows of councils in the member's space", List.of(action),
                references.get("ActionItem.ownerUserKey").stream().map(row -> row.get("id")).toList());
        Map<String, Object> calendar = references.get("CalendarFeed.userKey").get(0);
        assertFalse("the token's hash is the plugin's secret", calendar.containsKey("tokenHash"));
        assertEquals(NOW.toString(), calendar.get("createdAt"));
    }

    @Test
    public void aPersonWithoutAnAccountIsFoundByMemberIdAndByName() {
        int member = member(uds, null, "Nanna Nørgaard", null);
        int owned = action(uds, null, "Nanna Nørgaard");
        action(uds, null, "Ole Olsen");
        AgendaItemEntity item = ao.create(AgendaItemEntity.class, new DBParam("MEETING_ID", meeting(uds)),
                new DBParam("SORT_ORDER", 1), new DBParam("TITLE", "Natcafé"), new DBParam("KIND", "DISCUSSION"),
                new DBParam("DURATION_MINUTES", 10), new DBParam("VERSION", 0));
        item.setPresenterName("Nanna Nørgaard");
        item.setDissent("Nanna Nørgaard stemte imod");
        item.save();
        ao.create(AgendaDissenterEntity.class, new DBParam("AGENDA_ITEM_ID", item.getID()),
                new DBParam("MEMBER_ID", member));
        ActionItemEntity byMember = ao.get(ActionItemEntity.class, action(uds, null, null));
        byMember.setOwnerMemberId(member);
        byMember.save();

        PersonalDataExport.Export result = export.export(member);

        assertNull(result.seat());
        assertTrue(result.otherMemberships().isEmpty());
        Map<String, List<Map<String, Object>>> references = result.references().stream().collect(
                Collectors.toMap(r -> r.table() + "." + r.column(), PersonalDataExport.References::rows));
        assertEquals(Set.of("ActionItem.ownerName", "ActionItem.ownerMemberId", "AgendaItem.presenterName",
                "AgendaDissenter.memberId"),
                references.keySet());
        assertEquals(owned, references.get("ActionItem.ownerName").get(0).get("id"));
        assertEquals("Natcafé", references.get("AgendaItem.presenterName").get(0).get("title"));
        assertEquals("the free-text fields that name her", List.of("presenterName", "dissent"),
                result.mentions().stream().map(TextMention::field).toList());
    }

    @Test
    public void onlySpaceAdministratorsOfTheMembersCouncilExport() {
        int member = member(uds, PERSON, null, null);
        confluence.actAs(EDITOR);
        expect(ForbiddenException.class, () -> export.export(member));
        confluence.actAs(null);
        expect(ForbiddenException.class, () -> export.export(member));
        int hidden = member(intern, PERSON, null, null);
        confluence.actAs(SPACE_ADMIN);
        expect(NotFoundException.class, () -> export.export(hidden));
        expect(NotFoundException.class, () -> export.export(987_654));
        expectValidation(() -> export.export(null));
    }

    private int council(String spaceKey) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", "Råd"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
    }

    private int member(int councilId, String userKey, String name, Integer seatId) {
        MemberEntity row = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("ROLE", "MEMBER"), new DBParam("VERSION", 0));
        row.setUserKey(userKey);
        row.setName(name);
        row.setSeatId(seatId);
        row.save();
        return row.getID();
    }

    private int action(int councilId, String ownerKey, String ownerName) {
        ActionItemEntity row = ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("TITLE", "Opgave"), new DBParam("STATUS", "OPEN"), new DBParam("PERCENT_DONE", 0),
                new DBParam("CREATED_AT", Date.from(NOW)), new DBParam("VERSION", 0));
        row.setOwnerUserKey(ownerKey);
        row.setOwnerName(ownerName);
        row.save();
        return row.getID();
    }

    private int meeting(int councilId) {
        return ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", "PLANNED"), new DBParam("STARTS_AT", Date.from(NOW)),
                new DBParam("VERSION", 0)).getID();
    }
}
