package org.samraad.hearing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import org.samraad.council.CouncilCountsQuery;
import org.samraad.council.CouncilService;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.platform.I18n;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.VersionClaim;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;
import org.samraad.testing.SqlStatementCounter;

/** The hearing service wired as the plugin wires it, over the test database and a {@link FakeConfluence}. */
final class HearingTestbed {
    final I18n i18n;
    final CouncilService councils;
    final HearingService hearings;

    HearingTestbed(ActiveObjects ao, EntityManager entityManager, SqlStatementCounter sql, FakeConfluence confluence,
            Map<String, String> users, TimeSource time) {
        ReadOnlySql readOnlySql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record));
        VersionClaim versions = new VersionClaim(new AoTransactionalExecutors(entityManager, sql::record));
        Transactions transactions = new Transactions(ao);
        i18n = new I18n(new HostI18nResolver(List.of("i18n.samraad")));
        councils = new CouncilService(ao, transactions, versions, confluence.spacePermissions(),
                new CouncilCountsQuery(readOnlySql), time);
        hearings = new HearingService(ao, transactions, versions, confluence.spacePermissions(), councils,
                new HearingsQuery(readOnlySql), new FakeUserDirectory(users), confluence.currentUser(), i18n, time);
    }
}
