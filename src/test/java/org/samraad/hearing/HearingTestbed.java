package org.samraad.hearing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import org.samraad.action.ActionsFromMeetings;
import org.samraad.action.ActionsQuery;
import org.samraad.council.CouncilCountsQuery;
import org.samraad.council.CouncilReferencesQuery;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.devhost.services.HostEventPublisher;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.hearing.HearingPages;
import org.samraad.hearing.HearingsOnAgenda;
import org.samraad.meeting.AgendaItemChecks;
import org.samraad.meeting.AgendaQuery;
import org.samraad.meeting.AgendaService;
import org.samraad.meeting.MeetingAccess;
import org.samraad.meeting.MeetingContextQuery;
import org.samraad.meeting.MeetingService;
import org.samraad.meeting.MeetingStepChecks;
import org.samraad.meeting.PageBindings;
import org.samraad.meeting.MeetingTitles;
import org.samraad.meeting.StandingItems;
import org.samraad.platform.I18n;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;
import org.samraad.testing.FeaturePorts;
import org.samraad.testing.SqlStatementCounter;

/**
 * The hearing services wired as the plugin wires it, over the test database and a {@link FakeConfluence}: with the
 * agenda it puts hearings on, and the meeting service whose minutes approval it hears through a synchronous event
 * publisher, as in Confluence.
 */
final class HearingTestbed {
    final I18n i18n;
    final CouncilService councils;
    final HearingReads reads;
    final HearingWorkflow workflow;
    final HearingHistory history;
    final HearingAgenda hearingAgenda;
    final MeetingService meetings;
    final AgendaService agenda;

    HearingTestbed(ActiveObjects ao, EntityManager entityManager, SqlStatementCounter sql, FakeConfluence confluence,
            Map<String, String> users, TimeSource time) {
        ReadOnlySql readOnlySql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record));
        VersionClaim versions = new VersionClaim(new AoTransactionalExecutors(entityManager, sql::record));
        RowLock rowLock = new RowLock(new AoTransactionalExecutors(entityManager, sql::record));
        Transactions transactions = new Transactions(ao);
        FakeUserDirectory directory = new FakeUserDirectory(users);
        HostEventPublisher events = new HostEventPublisher();
        i18n = confluence.i18n(new HostI18nResolver(List.of("i18n.samraad")));
        councils = new CouncilService(ao, transactions, versions, rowLock, confluence.spacePermissions(),
                new CouncilCountsQuery(readOnlySql, FeaturePorts.overviewCounts()), new CouncilReferencesQuery(readOnlySql, FeaturePorts.councilReferences()), time);
        MeetingAccess access = new MeetingAccess(new MeetingContextQuery(readOnlySql), confluence.spacePermissions(),
                confluence.pagePermissions(), confluence.currentUser(), time);
        MembersQuery members = new MembersQuery(readOnlySql);
        MemberVisibility visibility = new MemberVisibility(confluence.spacePermissions(), confluence.currentUser(),
                directory, i18n, members);
        agenda = new AgendaService(ao, transactions, versions, rowLock, access, new AgendaQuery(readOnlySql, new HearingsOnAgenda(ao)),
                new AgendaItemChecks(ao, directory, new HearingsOnAgenda(ao)), new ActionsFromMeetings(ao, new ActionsQuery(readOnlySql)), visibility, directory, i18n, time,
                events);
        meetings = new MeetingService(ao, transactions, versions, rowLock, confluence.spacePermissions(), councils,
                access, new PageBindings(ao, confluence, List.of(new HearingPages(ao))), new MeetingTitles(i18n), new StandingItems(ao, i18n),
                confluence.currentUser(), i18n, time, events,
                new MeetingStepChecks(ao, List.of(new HearingMinutesCheck(ao)), i18n, time), new ActionsFromMeetings(ao, new ActionsQuery(readOnlySql)));
        reads = new HearingReads(confluence.spacePermissions(), confluence.pagePermissions(), councils,
                new HearingsQuery(readOnlySql), visibility, confluence.currentUser(), time,
                new MinutesApprovalQuery(readOnlySql));
        history = new HearingHistory(ao, reads, visibility, members, confluence.currentUser(), i18n);
        workflow = new HearingWorkflow(ao, transactions, versions, confluence.spacePermissions(), councils, reads,
                new HearingChecks(directory, reads, rowLock, new PageBindings(ao, confluence, List.of(new HearingPages(ao))), i18n), history,
                new MinutesApprovalQuery(readOnlySql), i18n, time, events);
        hearingAgenda = new HearingAgenda(ao, transactions, versions, rowLock, confluence.spacePermissions(), reads,
                history, agenda, time);
        new HearingMinutesListener(events, hearingAgenda).register();
    }
}
