package org.samraad.council;

import java.util.List;

/**
 * Everything a member list shows, loaded in two statements once the council is known: the seats, the members as
 * this viewer may see them (sorted: serving first, then by role, then by visible name), and the composition.
 */
record MemberList(Council council, Viewer viewer, List<Seat> seats, List<Member> members, Composition composition) {
    MemberList {
        seats = List.copyOf(seats);
        members = List.copyOf(members);
    }

    /** The list as a page shows it: members in office and those about to start; former members are left out. */
    List<Member> current() {
        return members.stream().filter(m -> CurrentMember.isCurrent(m, composition.date())).toList();
    }
}
