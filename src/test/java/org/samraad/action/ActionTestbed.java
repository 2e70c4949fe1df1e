package org.samraad.action;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import org.samraad.council.CouncilCountsQuery;
import org.samraad.council.CouncilReferencesQuery;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.council.OrganisationReferencesQuery;
import org.samraad.council.OrganisationService;
import org.samraad.council.CouncilParameter;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.I18n;
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
import org.samraad.testing.FakeUserDirectory;
import org.samraad.testing.RecordingEventPublisher;
import org.samraad.testing.SqlStatementCounter;

/** The action services wired as the plugin wires it, over the test database and a {@link FakeConfluence}. */
final class ActionTestbed {
    final SpacePermissions permissions;
    final I18n i18n;
    final CouncilService councils;
    final ActionReads reads;
    final ActionWorkflow workflow;
    final ActionHistory history;
    final MembersQuery members;
    final MemberVisibility visibility;

    ActionTestbed(ActiveObjects ao, EntityManager entityManager, SqlStatementCounter sql, FakeConfluence confluence,
            Map<String, String> users, TimeSource time) {
        ReadOnlySql readOnlySql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record));
        VersionClaim versions = new VersionClaim(new AoTransactionalExecutors(entityManager, sql::record));
        RowLock rowLock = new RowLock(new AoTransactionalExecutors(entityManager, sql::record));
        Transactions transactions = new Transactions(ao);
        permissions = confluence.spacePermissions();
        i18n = confluence.i18n(new HostI18nResolver(List.of("i18n.samraad")));
        councils = new CouncilService(ao, transactions, versions, rowLock, permissions, new CouncilCountsQuery(readOnlySql, FeaturePorts.overviewCounts()), new CouncilReferencesQuery(readOnlySql, FeaturePorts.councilReferences()), time);
        OrganisationService organisations = new OrganisationService(ao, transactions, versions, permissions,
                new OrganisationReferencesQuery(readOnlySql, FeaturePorts.councilReferences()));
        FakeUserDirectory directory = new FakeUserDirectory(users);
        members = new MembersQuery(readOnlySql);
        visibility = new MemberVisibility(permissions, confluence.currentUser(), directory, i18n, members);
        reads = new ActionReads(councils, permissions, new ActionsQuery(readOnlySql), visibility,
                confluence.currentUser(), time);
        history = new ActionHistory(ao, councils, visibility, members, confluence.currentUser(), i18n, time);
        workflow = new ActionWorkflow(ao, transactions, versions, permissions, councils,
                new ActionChecks(ao, councils, organisations, directory, reads), history, reads,
                confluence.currentUser(), time, new RecordingEventPublisher());
    }

    /** The register macro as the product renders it: automatic HTML encoding and the descriptor's Velocity allowlist. */
    ActionsMacro macro() {
        MacroRenderer renderer = HostMacroRenderer.create(i18n);
        return new ActionsMacro(new CouncilParameter(councils, i18n), reads, permissions, renderer, i18n);
    }
}
