package org.samraad.council;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.samraad.platform.ValidationException;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;

/**
 * The people of the council tests and the councils, seats and members they start from, made through the plugin's
 * services as the space administrator (whoever the test acts as): space UDS public, INT restricted. Today is
 * {@link #TODAY}.
 */
final class MemberData {
    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static final String ADMIN = "key-admin";
    static final String EDITOR = "key-editor";
    static final String READER = "key-reader";
    static final String MEMBER_USER = "key-member";
    static final String OBSERVER_USER = "key-observer";
    static final String FORMER_USER = "key-former";
    /** Users the directory knows, by key, with their full names. */
    static final Map<String, String> USERS = Map.of(
            ADMIN, "Ada Admin", EDITOR, "Edvin Editor", READER, "Rita Reader", MEMBER_USER, "Mona Medlem",
            OBSERVER_USER, "Otto Observatør", FORMER_USER, "Frida Forhenværende");

    private final TestPlugin plugin;
    private final Rows rows;

    MemberData(TestPlugin plugin, ActiveObjects ao) {
        this.plugin = plugin;
        this.rows = new Rows(ao);
    }

    /** The plugin with these people, acting as the administrator, today at {@link #NOW}. */
    static TestPlugin.Builder people(TestPlugin.Builder plugin) {
        return plugin.users(USERS).clock(() -> NOW).confluence(new FakeConfluence().space("UDS").space("INT")
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
                .actAs(ADMIN));
    }

    MemberData actAs(String userKey) {
        plugin.actAs(userKey);
        return this;
    }

    Council council(String spaceKey, String name) {
        return plugin.as(ADMIN, () -> plugin.get(CouncilService.class)
                .create(new CouncilInput(spaceKey, name, "SOCIAL_COUNCIL", null, null)));
    }

    Seat seat(Council council, String group, String label, int required) {
        return seat(council, group, label, required, null);
    }

    Seat seat(Council council, String group, String label, int required, Integer organisationId) {
        return plugin.as(ADMIN, () -> plugin.get(SeatService.class)
                .create(council.id(), new SeatInput(group, label, required, organisationId, null, null)));
    }

    int organisation(String name, String spaceKey) {
        return rows.organisation(name, spaceKey);
    }

    /** A named member, added by the space administrator. */
    Member named(Council council, String name, String role, Seat seat, LocalDate start, LocalDate end) {
        return add(council, person(name, role, seat, start, end));
    }

    Member add(Council council, MemberInput input) {
        return plugin.as(ADMIN, () -> plugin.get(MemberService.class).create(council.id(), input));
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
        MemberEntity row = rows.member(council.id(), role).name(name).seat(seatId).term(start, end).consent(consent)
                .email(name.toLowerCase().replaceAll("[^a-z]", "") + "@nordby.example").phone("+45 70 10 20 30").save();
        return row;
    }

    static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }
}
