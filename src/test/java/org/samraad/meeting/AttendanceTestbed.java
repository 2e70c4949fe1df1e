package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import org.samraad.action.ActionsFromMeetings;
import org.samraad.action.ActionsQuery;
import org.samraad.council.CouncilCountsQuery;
import org.samraad.council.CouncilReferencesQuery;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberEntity;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.council.OrganisationEntity;
import org.samraad.council.OrganisationReferencesQuery;
import org.samraad.council.OrganisationService;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.devhost.services.HostEventPublisher;
import org.samraad.devhost.services.HostPageBuilderService;
import org.samraad.hearing.HearingPages;
import org.samraad.hearing.HearingsOnAgenda;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.UserNames;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.samraad.testing.FeaturePorts;
import org.samraad.testing.HostMacroRenderer;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;
import org.samraad.testing.RecordingEventPublisher;
import org.samraad.testing.SqlStatementCounter;

/**
 * The attendance and agenda-request services and macros wired as the plugin wires them, over the test database, a
 * {@link FakeConfluence} (UDS public with an editor, a secretary who also serves on the council, a reader; INT
 * restricted) and the product-like renderer with the descriptor's Velocity allowlist; plus row helpers for
 * councils, organisations, members and meetings. Today is {@link #TODAY}; the clock can be moved.
 */
final class AttendanceTestbed {
    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String EDITOR = "key-editor";
    static final String SECRETARY = "key-secretary";
    static final String MEMBER_USER = "key-member";
    static final String READER = "key-reader";
    static final String GUEST_USER = "key-guest";
    static final Map<String, String> USERS = Map.of(EDITOR, "Edvin Editor", SECRETARY, "Sara Sekretær",
            MEMBER_USER, "Mona Medlem", READER, "Rita Reader", GUEST_USER, "Gitte Gæst");

    final ActiveObjects ao;
    final FakeConfluence confluence;
    final I18n i18n;
    final AttendanceService attendance;
    final AgendaRequestService requests;
    final AttendanceMacro attendanceMacro;
    final AgendaRequestsMacro requestsMacro;
    /** The meeting and agenda services over the same database and users, for tests across the parts. */
    final MeetingService meetings;
    final AgendaService agenda;
    private Instant now = NOW;

    AttendanceTestbed(ActiveObjects ao, EntityManager entityManager, SqlStatementCounter sql) {
        this.ao = ao;
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(MEMBER_USER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "INT")
                .actAs(EDITOR);
        ReadOnlySql readOnlySql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record));
        VersionClaim versions = new VersionClaim(new AoTransactionalExecutors(entityManager, sql::record));
        RowLock rowLock = new RowLock(new AoTransactionalExecutors(entityManager, sql::record));
        Transactions transactions = new Transactions(ao);
        SpacePermissions permissions = confluence.spacePermissions();
        TimeSource time = () -> now;
        i18n = confluence.i18n(new HostI18nResolver(List.of("i18n.samraad")));
        FakeUserDirectory users = new FakeUserDirectory(USERS);
        MembersQuery members = new MembersQuery(readOnlySql);
        MemberVisibility visibility = new MemberVisibility(permissions, confluence.currentUser(), users, i18n, members);
        MeetingAccess access = new MeetingAccess(new MeetingContextQuery(readOnlySql), permissions, confluence.pagePermissions(),
                confluence.currentUser(), time);
        OrganisationService organisations = new OrganisationService(ao, transactions, versions, permissions,
                new OrganisationReferencesQuery(readOnlySql, FeaturePorts.councilReferences()));
        UserNames names = new UserNames(users, i18n);
        attendance = new AttendanceService(ao, transactions, versions, access, members, visibility,
                new AttendanceQuery(readOnlySql), organisations, names, i18n);
        requests = new AgendaRequestService(ao, transactions, versions, rowLock, access, members, visibility, names,
                confluence.currentUser(), time, readOnlySql, new RecordingEventPublisher());
        meetings = new MeetingService(ao, transactions, versions, rowLock, permissions,
                new CouncilService(ao, transactions, versions, rowLock, permissions, new CouncilCountsQuery(readOnlySql, FeaturePorts.overviewCounts()),
                        new CouncilReferencesQuery(readOnlySql, FeaturePorts.councilReferences()), time),
                access, new PageBindings(ao, confluence, List.of(new HearingPages(ao))), new MeetingTitles(i18n), new StandingItems(ao, i18n),
                confluence.currentUser(), i18n, time, new HostEventPublisher(),
                new MeetingStepChecks(ao, List.of(), i18n, time), new ActionsFromMeetings(ao, new ActionsQuery(readOnlySql)));
        agenda = new AgendaService(ao, transactions, versions, rowLock, access, new AgendaQuery(readOnlySql, new HearingsOnAgenda(ao)),
                new AgendaItemChecks(ao, users, new HearingsOnAgenda(ao)), new ActionsFromMeetings(ao, new ActionsQuery(readOnlySql)), visibility, users, i18n, time,
                new RecordingEventPublisher());
        MacroRenderer renderer = HostMacroRenderer.create(i18n);
        MeetingParameter parameter = new MeetingParameter(access, i18n);
        attendanceMacro = new AttendanceMacro(parameter, attendance, renderer, new HostPageBuilderService(), i18n);
        requestsMacro = new AgendaRequestsMacro(parameter, requests, renderer, new HostPageBuilderService(), i18n);
    }

    void actAs(String userKey) {
        confluence.actAs(userKey);
    }

    void clock(Instant instant) {
        now = instant;
    }

    int council(String spaceKey, String name, String locale) {
        CouncilEntity council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey),
                new DBParam("NAME", name), new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0));
        council.setLocale(locale);
        council.save();
        return council.getID();
    }

    int organisation(String name, String spaceKey) {
        return ao.create(OrganisationEntity.class, new DBParam("NAME", name), new DBParam("KIND", "USER_ORGANISATION"),
                new DBParam("SPACE_KEY", spaceKey), new DBParam("VERSION", 0)).getID();
    }

    /** A member serving from a year before today to three years after, unless the term is changed. */
    MemberBuilder member(int councilId, String role) {
        return new MemberBuilder(councilId, role);
    }

    final class MemberBuilder {
        private final MemberEntity row;

        MemberBuilder(int councilId, String role) {
            row = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("ROLE", role),
                    new DBParam("VERSION", 0));
            row.setTermStart(CalendarDays.toDate(TODAY.minusYears(1)));
            row.setTermEnd(CalendarDays.toDate(TODAY.plusYears(3)));
            row.setPublishConsent(true);
            row.setEmail("kontakt@nordby.example");
        }

        MemberBuilder name(String name) {
            row.setName(name);
            return this;
        }

        MemberBuilder user(String userKey) {
            row.setUserKey(userKey);
            return this;
        }

        MemberBuilder noConsent() {
            row.setPublishConsent(false);
            return this;
        }

        MemberBuilder organisation(int organisationId) {
            row.setOrganisationId(organisationId);
            return this;
        }

        MemberBuilder substituteFor(int memberId) {
            row.setSubstituteForId(memberId);
            return this;
        }

        MemberBuilder term(LocalDate start, LocalDate end) {
            row.setTermStart(CalendarDays.toDate(start));
            row.setTermEnd(CalendarDays.toDate(end));
            return this;
        }

        MemberBuilder anonymised() {
            row.setName(null);
            row.setAnonymisedAt(Date.from(NOW));
            return this;
        }

        int id() {
            row.save();
            return row.getID();
        }
    }

    /** Moves a meeting to a status, as its lifecycle would. */
    void status(int meetingId, String status) {
        MeetingEntity row = ao.get(MeetingEntity.class, meetingId);
        row.setStatus(status);
        row.save();
    }

    /** A meeting starting at a wall-clock time in the given zone, with an optional request deadline. */
    int meeting(int councilId, String title, String status, LocalDateTime startsAt, ZoneId zone, LocalDate deadline) {
        MeetingEntity meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("KIND", "ORDINARY"), new DBParam("STATUS", status),
                new DBParam("STARTS_AT", Date.from(startsAt.atZone(zone).toInstant())), new DBParam("VERSION", 0));
        meeting.setTitle(title);
        meeting.setPageId(4242L + meeting.getID());
        meeting.setRequestDeadline(CalendarDays.toDate(deadline));
        meeting.save();
        return meeting.getID();
    }
}
