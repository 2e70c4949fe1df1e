package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.UserAccessor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import org.samraad.action.ActionItemEntity;
import org.samraad.action.ActionsFromMeetings;
import org.samraad.action.ActionsQuery;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberEntity;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.council.OrganisationEntity;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.hearing.HearingsOnAgenda;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.I18n;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;
import org.samraad.testing.RecordingEventPublisher;
import org.samraad.testing.SqlStatementCounter;

/**
 * The agenda service wired as the plugin wires it, over the test database and a {@link FakeConfluence} with the
 * usual cast: in space UDS a secretary (space administrator, so an insider), an editor who is not a council member,
 * a council member who may only view, a reader, and anonymous readers; space INT is closed to all but the secretary.
 */
final class AgendaTestbed {
    static final String SECRETARY = "key-secretary";
    static final String EDITOR = "key-editor";
    static final String MEMBER = "key-member";
    static final String SHY_MEMBER = "key-shy";
    static final String READER = "key-reader";
    static final String GUEST = "key-guest";
    static final Map<String, String> USERS = Map.of(SECRETARY, "Sara Sekretær", EDITOR, "Edvin Editor",
            MEMBER, "Maria Medlem", SHY_MEMBER, "Svend Stille", READER, "Rita Reader", GUEST, "Gustav Gæst");
    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final ActiveObjects ao;
    final FakeConfluence confluence;
    final I18n i18n;
    final MeetingAccess meetings;
    final AgendaService agenda;
    final UserAccessor users = new FakeUserDirectory(USERS);

    AgendaTestbed(ActiveObjects ao, EntityManager entityManager, SqlStatementCounter sql, TimeSource time) {
        this.ao = ao;
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(MEMBER, Permission.VIEW, "UDS")
                .grant(SHY_MEMBER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.ADMINISTER, "UDS")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.ADMINISTER, "INT")
                .grant(SECRETARY, Permission.EDIT, "INT")
                .actAs(SECRETARY);
        ReadOnlySql readOnlySql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record));
        VersionClaim versions = new VersionClaim(new AoTransactionalExecutors(entityManager, sql::record));
        RowLock rowLock = new RowLock(new AoTransactionalExecutors(entityManager, sql::record));
        i18n = confluence.i18n(new HostI18nResolver(List.of("i18n.samraad")));
        meetings = new MeetingAccess(new MeetingContextQuery(readOnlySql), confluence.spacePermissions(), confluence.pagePermissions(),
                confluence.currentUser(), time);
        agenda = new AgendaService(ao, new Transactions(ao), versions, rowLock, meetings, new AgendaQuery(readOnlySql, new HearingsOnAgenda(ao)),
                new AgendaItemChecks(ao, users, new HearingsOnAgenda(ao)), new ActionsFromMeetings(ao, new ActionsQuery(readOnlySql)),
                new MemberVisibility(confluence.spacePermissions(), confluence.currentUser(), users, i18n,
                        new MembersQuery(readOnlySql)), users, i18n, time, new RecordingEventPublisher());
    }

    int council(String spaceKey, String name) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", name),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
    }

    int member(int councilId, String userKey, String name, boolean consent) {
        MemberEntity member = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("ROLE", "MEMBER"), new DBParam("PUBLISH_CONSENT", consent), new DBParam("VERSION", 0));
        member.setUserKey(userKey);
        member.setName(name);
        member.save();
        return member.getID();
    }

    int organisation(String name, String spaceKey) {
        return ao.create(OrganisationEntity.class, new DBParam("NAME", name), new DBParam("KIND", "USER_ORGANISATION"),
                new DBParam("SPACE_KEY", spaceKey), new DBParam("VERSION", 0)).getID();
    }

    /** A meeting starting at a wall-clock time in Copenhagen, or without a start when {@code start} is null. */
    int meeting(int councilId, LocalDateTime start, MeetingStatus status, Long pageId) {
        Date startsAt = Date.from((start == null ? LocalDateTime.of(2026, 12, 1, 0, 0) : start)
                .atZone(CouncilZone.COPENHAGEN).toInstant());
        MeetingEntity meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("KIND", "ORDINARY"), new DBParam("STATUS", status.name()),
                new DBParam("STARTS_AT", startsAt), new DBParam("VERSION", 0));
        meeting.setTitle("Ordinært møde");
        meeting.setPageId(pageId);
        meeting.setPlace("Rådhuset, mødelokale 2");
        meeting.save();
        return meeting.getID();
    }

    void status(int meetingId, MeetingStatus status) {
        MeetingEntity meeting = ao.get(MeetingEntity.class, meetingId);
        meeting.setStatus(status.name());
        meeting.save();
    }

    int action(int councilId, String title, String ownerUserKey, String ownerName, Integer organisationId,
            LocalDate due, String status, Integer meetingId, Integer agendaItemId) {
        ActionItemEntity action = ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("TITLE", title), new DBParam("STATUS", status), new DBParam("PERCENT_DONE", 0),
                new DBParam("CREATED_AT", Date.from(NOW)), new DBParam("VERSION", 0));
        action.setOwnerUserKey(ownerUserKey);
        action.setOwnerName(ownerName);
        action.setOrganisationId(organisationId);
        action.setDueDate(CalendarDays.toDate(due));
        action.setMeetingId(meetingId);
        action.setAgendaItemId(agendaItemId);
        action.save();
        return action.getID();
    }

    /** Adds an item as the secretary (an insider), whoever the test acts as. */
    AgendaItem add(int meetingId, ItemInput input) {
        String previous = confluence.currentUser().userKey().orElse(null);
        confluence.actAs(SECRETARY);
        try {
            return agenda.add(meetingId, input.build());
        } finally {
            confluence.actAs(previous);
        }
    }

    static ItemInput item(String title) {
        return new ItemInput(title);
    }

    /** A readable builder for {@link AgendaItemInput}. */
    static final class ItemInput {
        String title;
        String kind = "INFORMATION";
        String standingKind;
        String presenterUserKey;
        String presenterName;
        Integer duration;
        Boolean closed;
        String casePresentation;
        String recommendation;
        String decision;
        String dissent;
        String easyRead;
        Integer hearingId;
        List<AgendaAttachmentInput> attachments = List.of();
        Integer version;

        ItemInput(String title) {
            this.title = title;
        }

        ItemInput kind(String value) {
            kind = value;
            return this;
        }

        ItemInput standing(StandingKind value) {
            kind = "STANDING";
            standingKind = value.name();
            return this;
        }

        ItemInput presenterUser(String value) {
            presenterUserKey = value;
            return this;
        }

        ItemInput presenterName(String value) {
            presenterName = value;
            return this;
        }

        ItemInput minutes(int value) {
            duration = value;
            return this;
        }

        private List<Integer> dissenterIds;

        ItemInput closed() {
            closed = true;
            return this;
        }

        ItemInput texts(String casePresentation, String recommendation, String decision, String dissent,
                String easyRead) {
            this.casePresentation = casePresentation;
            this.recommendation = recommendation;
            this.decision = decision;
            this.dissent = dissent;
            this.easyRead = easyRead;
            return this;
        }

        ItemInput hearing(int value) {
            hearingId = value;
            return this;
        }

        ItemInput attachments(AgendaAttachmentInput... values) {
            attachments = List.of(values);
            return this;
        }

        ItemInput version(int value) {
            version = value;
            return this;
        }

        ItemInput dissenters(Integer... memberIds) {
            dissenterIds = List.of(memberIds);
            return this;
        }

        AgendaItemInput build() {
            return new AgendaItemInput(title, kind, standingKind, presenterUserKey, presenterName, duration, closed,
                    casePresentation, recommendation, decision, dissent, easyRead, hearingId, attachments, version,
                    dissenterIds);
        }
    }

    static AgendaAttachmentInput link(String title, String url) {
        return new AgendaAttachmentInput(title, null, url, false);
    }

    static AgendaAttachmentInput closedLink(String title, String url) {
        return new AgendaAttachmentInput(title, null, url, true);
    }
}
