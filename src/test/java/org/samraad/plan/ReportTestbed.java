package org.samraad.plan;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import net.java.ao.EntityManager;
import org.samraad.council.CouncilCountsQuery;
import org.samraad.council.CouncilReferencesQuery;
import org.samraad.council.CouncilService;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.platform.I18n;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FeaturePorts;
import org.samraad.testing.SqlStatementCounter;

/** The annual report service wired as the plugin wires it, over the test database and a {@link FakeConfluence}. */
final class ReportTestbed {
    final I18n i18n;
    final CouncilService councils;
    final AnnualReportService reports;

    ReportTestbed(ActiveObjects ao, EntityManager entityManager, SqlStatementCounter sql, FakeConfluence confluence,
            TimeSource time) {
        ReadOnlySql readOnlySql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record));
        VersionClaim versions = new VersionClaim(new AoTransactionalExecutors(entityManager, sql::record));
        RowLock rowLock = new RowLock(new AoTransactionalExecutors(entityManager, sql::record));
        i18n = confluence.i18n(new HostI18nResolver(List.of("i18n.samraad")));
        councils = new CouncilService(ao, new Transactions(ao), versions, rowLock, confluence.spacePermissions(),
                new CouncilCountsQuery(readOnlySql, FeaturePorts.overviewCounts()), new CouncilReferencesQuery(readOnlySql, FeaturePorts.councilReferences()), time);
        reports = new AnnualReportService(councils, new AnnualReportQuery(readOnlySql), new ReportSummary(i18n), time);
    }
}
