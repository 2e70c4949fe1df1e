package org.samraad.devhost.services;

import java.util.List;
import java.util.Optional;

/**
 * The host's user directory: four fixed demo users (password = username) plus anonymous (no user). Keys are
 * fixed so data created in one run still belongs to the same person after a restart.
 */
public final class DemoUsers {
    public static final HostUser ADMIN = new HostUser(
            "admin", "admin", "8a7f8081937c5a1e01937c5a1e3a0001", "Ada Admin", "admin@nordby.example", true);
    public static final HostUser SECRETARY = new HostUser(
            "secretary", "secretary", "8a7f8081937c5a1e01937c5a1e3a0002", "Sofie Sekretær", "sekretariat@nordby.example", false);
    public static final HostUser MEMBER = new HostUser(
            "member", "member", "8a7f8081937c5a1e01937c5a1e3a0003", "Mads Medlem", "member@nordby.example", false);
    public static final HostUser READER = new HostUser(
            "reader", "reader", "8a7f8081937c5a1e01937c5a1e3a0004", "Rita Læser", "reader@nordby.example", false);

    public static final List<HostUser> ALL = List.of(ADMIN, SECRETARY, MEMBER, READER);

    /** Who holds Confluence's global "create space" permission in the demo. */
    private static final List<HostUser> SPACE_CREATORS = List.of(ADMIN, SECRETARY);

    private DemoUsers() {}

    public static boolean canCreateSpaces(HostUser user) {
        return SPACE_CREATORS.contains(user);
    }

    public static Optional<HostUser> byUsername(String username) {
        return ALL.stream().filter(u -> u.getUsername().equals(username)).findFirst();
    }

    public static Optional<HostUser> byKey(String key) {
        return ALL.stream().filter(u -> u.getKey().getStringValue().equals(key)).findFirst();
    }

    public static Optional<HostUser> authenticate(String username, String password) {
        return byUsername(username).filter(u -> u.passwordMatches(password));
    }
}
