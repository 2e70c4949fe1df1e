package org.samraad.council;


import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.UserAccessor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.I18n;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.samraad.testing.FeaturePorts;
import org.samraad.testing.HostMacroRenderer;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;
import org.samraad.testing.SqlStatementCounter;

/**
 * The seats, members and composition services wired as in the plugin, on the test database, with a fake
 * Confluence (space UDS public, INT restricted), real i18n texts and the product-like template renderer with the
 * descriptor's Velocity allowlist. Today is {@link #TODAY}.
 */
final class MemberTestbed {
    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static final String ADMIN = "key-admin";
    static final String EDITOR = "key-editor";
    static final String READER = "key-reader";
    static final String MEMBER_USER = "key-member";
    static final String OBSERVER_USER = "key-observer";
    static final String FORMER_USER = "key-former";
    /** Users the fake directory knows, by key, with their full names. */
    static final Map<String, String> USERS = Map.of(
            ADMIN, "Ada Admin", EDITOR, "Edvin Editor", READER, "Rita Reader", MEMBER_USER, "Mona Medlem",
            OBSERVER_USER, "Otto Observatør", FORMER_USER, "Frida Forhenværende");

    final FakeConfluence confluence;
    final ActiveObjects ao;
    final I18n i18n;
    final CouncilService councils;
    final SeatService seats;
    final MemberService members;
    final CompositionService compositions;
    final MemberCsv csv;
    final MembersMacro macro;
    /** The clock the services read; {@link #NOW} unless a test moves it. */
    Instant now = NOW;

    MemberTestbed(ActiveObjects ao, EntityManager entityManager, SqlStatementCounter sql) {
        this.ao = ao;
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(ADMIN, Permission.ADMINISTER, "UDS")
                .grant(ADMIN, Permission.EDIT, "UDS")
                .grant(ADMIN, Permission.ADMINISTER, "INT")
                .grant(ADMIN, Permission.EDIT, "INT")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(MEMBER_USER, Permission.VIEW, "UDS")
                .grant(OBSERVER_USER, Permission.VIEW, "UDS")
                .grant(FORMER_USER, Permission.VIEW, "UDS")
                .grant(null, Permission.VIEW, "UDS")
                .actAs(ADMIN);
        TimeSource time = () -> now;
        ReadOnlySql readOnlySql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record));
        VersionClaim versions = new VersionClaim(new AoTransactionalExecutors(entityManager, sql::record));
        RowLock rowLock = new RowLock(new AoTransactionalExecutors(entityManager, sql::record));
        SpacePermissions permissions = confluence.spacePermissions();
        Transactions transactions = new Transactions(ao);
        i18n = confluence.i18n(new HostI18nResolver(List.of("i18n.samraad")));
        UserAccessor users = new FakeUserDirectory(USERS);
        councils = new CouncilService(ao, transactions, versions, rowLock, permissions, new CouncilCountsQuery(readOnlySql, FeaturePorts.overviewCounts()), new CouncilReferencesQuery(readOnlySql, FeaturePorts.councilReferences()), time);
        OrganisationService organisations = new OrganisationService(ao, transactions, versions, permissions,
                new OrganisationReferencesQuery(readOnlySql, FeaturePorts.councilReferences()));
        seats = new SeatService(ao, transactions, versions, rowLock, permissions, councils, new SeatsQuery(readOnlySql), organisations, time);
        MembersQuery membersQuery = new MembersQuery(readOnlySql);
        MemberVisibility visibility = new MemberVisibility(permissions, confluence.currentUser(), users, i18n, membersQuery);
        members = new MemberService(ao, transactions, versions, rowLock, permissions, councils, seats, membersQuery, visibility,
                organisations, users, time, FeaturePorts.councilReferences());
        compositions = new CompositionService(councils, seats, membersQuery, time);
        csv = new MemberCsv(councils, members, i18n);
        MacroRenderer renderer = HostMacroRenderer.create(i18n);
        macro = new MembersMacro(new CouncilParameter(councils, i18n), members, renderer, i18n);
    }

    MemberTestbed actAs(String userKey) {
        confluence.actAs(userKey);
        return this;
    }

    Council council(String spaceKey, String name) {
        String previous = currentUser();
        actAs(ADMIN);
        try {
            return councils.create(new CouncilInput(spaceKey, name, "SOCIAL_COUNCIL", null, null));
        } finally {
            actAs(previous);
        }
    }

    private String currentUser() {
        return confluence.currentUser().userKey().orElse(null);
    }

    Seat seat(Council council, String group, String label, int required) {
        return seat(council, group, label, required, null);
    }

    Seat seat(Council council, String group, String label, int required, Integer organisationId) {
        String previous = currentUser();
        actAs(ADMIN);
        try {
            return seats.create(council.id(), new SeatInput(group, label, required, organisationId, null, null));
        } finally {
            actAs(previous);
        }
    }

    int organisation(String name, String spaceKey) {
        OrganisationEntity row = ao.create(OrganisationEntity.class, new DBParam("NAME", name),
                new DBParam("KIND", "USER_ORGANISATION"), new DBParam("SPACE_KEY", spaceKey),
                new DBParam("VERSION", 0));
        return row.getID();
    }

    /** A named member, added by the space administrator. */
    Member named(Council council, String name, String role, Seat seat, LocalDate start, LocalDate end) {
        return add(council, person(name, role, seat, start, end));
    }

    Member add(Council council, MemberInput input) {
        String previous = currentUser();
        actAs(ADMIN);
        try {
            return members.create(council.id(), input);
        } finally {
            actAs(previous);
        }
    }

    static MemberInput person(String name, String role, Seat seat, LocalDate start, LocalDate end) {
        return new MemberInput(null, name, role, seat == null ? null : seat.id(), null, null, start, end, false, true,
                null, null, null, null, null);
    }

    static MemberInput user(String userKey, String role, Seat seat) {
        return new MemberInput(userKey, null, role, seat == null ? null : seat.id(), null, null, null, null, false,
                true, null, null, null, null, null);
    }

    /** Rows written straight to the table, as the dev host's demo seed and bulk tests do. */
    MemberEntity row(Council council, String name, String role, Integer seatId, LocalDate start, LocalDate end,
            boolean consent) {
        MemberEntity row = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", council.id()),
                new DBParam("ROLE", role), new DBParam("NAME", name), new DBParam("PUBLISH_CONSENT", consent),
                new DBParam("VERSION", 0));
        row.setSeatId(seatId);
        row.setTermStart(CalendarDays.toDate(start));
        row.setTermEnd(CalendarDays.toDate(end));
        row.setEmail(name.toLowerCase().replaceAll("[^a-z]", "") + "@nordby.example");
        row.setPhone("+45 70 10 20 30");
        row.save();
        return row;
    }

    static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }
}
