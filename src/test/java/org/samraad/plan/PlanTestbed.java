package org.samraad.plan;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.List;
import net.java.ao.EntityManager;
import org.samraad.action.ActionsFromMeetings;
import org.samraad.action.ActionsQuery;
import org.samraad.council.CouncilCountsQuery;
import org.samraad.council.CouncilReferencesQuery;
import org.samraad.council.CouncilParameter;
import org.samraad.council.CouncilService;
import org.samraad.devhost.services.HostEventPublisher;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.hearing.HearingPages;
import org.samraad.meeting.MeetingAccess;
import org.samraad.meeting.MeetingCalendar;
import org.samraad.meeting.MeetingContextQuery;
import org.samraad.meeting.MeetingStepChecks;
import org.samraad.meeting.MeetingService;
import org.samraad.meeting.PageBindings;
import org.samraad.meeting.MeetingTitles;
import org.samraad.meeting.StandingItems;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.PageLinks;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.samraad.testing.FeaturePorts;
import org.samraad.testing.HostMacroRenderer;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.SqlStatementCounter;

/** The plan services and macro wired as the plugin wires them, over the test database and a {@link FakeConfluence}. */
final class PlanTestbed {
    static final String CONTEXT_PATH = "/wiki";

    final I18n i18n;
    final CouncilService councils;
    final MeetingService meetings;
    final MeetingCalendar meetingCalendar;
    final PlanEntryService entries;
    final AnnualPlanService plans;
    final MeetingSeriesService series;
    final CouncilCalendar calendar;
    final CalendarFeedService feeds;
    final AnnualPlanMacro macro;

    PlanTestbed(ActiveObjects ao, EntityManager entityManager, SqlStatementCounter sql, FakeConfluence confluence,
            TimeSource time) {
        ReadOnlySql readOnlySql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record));
        VersionClaim versions = new VersionClaim(new AoTransactionalExecutors(entityManager, sql::record));
        RowLock rowLock = new RowLock(new AoTransactionalExecutors(entityManager, sql::record));
        Transactions transactions = new Transactions(ao);
        SpacePermissions permissions = confluence.spacePermissions();
        i18n = confluence.i18n(new HostI18nResolver(List.of("i18n.samraad")));
        councils = new CouncilService(ao, transactions, versions, rowLock, permissions,
                new CouncilCountsQuery(readOnlySql, FeaturePorts.overviewCounts()), new CouncilReferencesQuery(readOnlySql, FeaturePorts.councilReferences()), time);
        MeetingAccess access = new MeetingAccess(new MeetingContextQuery(readOnlySql), permissions, confluence.pagePermissions(),
                confluence.currentUser(), time);
        meetings = new MeetingService(ao, transactions, versions, rowLock, permissions, councils, access, new PageBindings(ao, confluence, List.of(new HearingPages(ao))),
                new MeetingTitles(i18n), new StandingItems(ao, i18n), confluence.currentUser(), i18n, time,
                new HostEventPublisher(), new MeetingStepChecks(ao, List.of(), i18n, time), new ActionsFromMeetings(ao, new ActionsQuery(readOnlySql)));
        meetingCalendar = new MeetingCalendar(access, i18n, time);
        entries = new PlanEntryService(ao, transactions, versions, permissions, councils);
        plans = new AnnualPlanService(councils, new AnnualPlanQuery(readOnlySql), confluence.pagePermissions(), time);
        series = new MeetingSeriesService(councils, permissions, meetings, plans, transactions);
        calendar = new CouncilCalendar(ao, councils, meetingCalendar, confluence.pagePermissions(), time);
        ApplicationProperties application = new ApplicationProperties() {
            @Override
            public String getBaseUrl() {
                return "https://wiki.example.org" + CONTEXT_PATH;
            }

            @Override
            public String getBaseUrl(UrlMode urlMode) {
                return urlMode == UrlMode.RELATIVE ? CONTEXT_PATH : getBaseUrl();
            }
        };
        feeds = new CalendarFeedService(ao, transactions, councils, calendar, confluence.currentUser(), confluence,
                confluence, confluence, application, time);
        MacroRenderer renderer = HostMacroRenderer.create(i18n);
        macro = new AnnualPlanMacro(new CouncilParameter(councils, i18n), plans, permissions,
                new PageLinks(application), renderer, confluence.currentUser(), i18n);
    }
}
