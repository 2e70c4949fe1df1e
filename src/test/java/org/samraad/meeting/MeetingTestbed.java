package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import org.samraad.action.ActionsFromMeetings;
import org.samraad.action.ActionsQuery;
import org.samraad.council.CouncilCountsQuery;
import org.samraad.council.CouncilReferencesQuery;
import org.samraad.council.CouncilService;
import org.samraad.devhost.services.HostEventPublisher;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.hearing.HearingPages;
import org.samraad.platform.I18n;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.ContextPathLinks;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;
import org.samraad.testing.FeaturePorts;
import org.samraad.testing.SqlStatementCounter;

/** The meeting services wired as the plugin wires them, over the test database and a {@link FakeConfluence}. */
final class MeetingTestbed {
    /** Confluence's context path in these tests: links must start with it. */
    static final String CONTEXT_PATH = ContextPathLinks.CONTEXT_PATH;

    final SpacePermissions permissions;
    final I18n i18n;
    final CouncilService councils;
    final MeetingAccess access;
    final MeetingTitles titles;
    final MeetingService meetings;
    final MeetingCalendar calendar;
    final MeetingNeighboursQuery neighbours;
    final MeetingLinks links;
    final FakeUserDirectory users;
    /** Delivers events synchronously, as Confluence does, to whoever a test registers. */
    final HostEventPublisher events = new HostEventPublisher();

    MeetingTestbed(ActiveObjects ao, EntityManager entityManager, SqlStatementCounter sql, FakeConfluence confluence,
            Map<String, String> userNames, TimeSource time) {
        ReadOnlySql readOnlySql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record));
        VersionClaim versions = new VersionClaim(new AoTransactionalExecutors(entityManager, sql::record));
        RowLock rowLock = new RowLock(new AoTransactionalExecutors(entityManager, sql::record));
        Transactions transactions = new Transactions(ao);
        permissions = confluence.spacePermissions();
        i18n = confluence.i18n(new HostI18nResolver(List.of("i18n.samraad")));
        councils = new CouncilService(ao, transactions, versions, rowLock, permissions,
                new CouncilCountsQuery(readOnlySql, FeaturePorts.overviewCounts()), new CouncilReferencesQuery(readOnlySql, FeaturePorts.councilReferences()), time);
        access = new MeetingAccess(new MeetingContextQuery(readOnlySql), permissions, confluence.pagePermissions(),
                confluence.currentUser(), time);
        titles = new MeetingTitles(i18n);
        meetings = new MeetingService(ao, transactions, versions, rowLock, permissions, councils, access,
                new PageBindings(ao, confluence, List.of(new HearingPages(ao))), titles, new StandingItems(ao, i18n), confluence.currentUser(), i18n, time, events,
                new MeetingStepChecks(ao, List.of(), i18n, time), new ActionsFromMeetings(ao, new ActionsQuery(readOnlySql)));
        calendar = new MeetingCalendar(access, i18n, time);
        neighbours = new MeetingNeighboursQuery(ao);
        links = links();
        users = new FakeUserDirectory(userNames);
    }

    /** Links under {@link #CONTEXT_PATH}, as on a Confluence with a context path. */
    static MeetingLinks links() {
        return ContextPathLinks.links();
    }
}
