package org.samraad.communication;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.samraad.meeting.GuestEntity;
import org.samraad.meeting.GuestService;
import org.samraad.meeting.Guest;
import org.samraad.council.MemberRow;
import org.samraad.council.MembersQuery;
import org.samraad.meeting.AgendaAudience;
import org.samraad.meeting.Meeting;
import org.samraad.platform.Validation;
import org.springframework.stereotype.Component;

/**
 * Who a meeting's dispatch goes to: every member serving on the meeting's day (members, substitutes, the
 * secretariat, observers), at the Confluence user's address, else the member's own; and, where the dispatch is for
 * them, the meeting's guests. Insiders get the insiders' version, observers and guests the outsiders' (or, for
 * published minutes, the public one). A person with two rows (or one address) is reached once.
 */
@Component
public class MeetingRecipients {
    private final MembersQuery members;
    private final GuestService guests;
    private final UserAccessor users;

    public MeetingRecipients(MembersQuery members, GuestService guests, @ComponentImport UserAccessor users) {
        this.members = members;
        this.guests = guests;
        this.users = users;
    }

    public List<Addressee> of(Meeting meeting, boolean withGuests, AgendaAudience outsiders) {
        LocalDate day = meeting.startsAt() == null ? null : meeting.startsAt().toLocalDate();
        List<Addressee> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MemberRow row : members.ofCouncil(meeting.councilId())) {
            if (day == null || !row.isServing(day)) {
                continue;
            }
            ConfluenceUser user = row.userKey() == null ? null : users.getUserByKey(new UserKey(row.userKey()));
            String name = user != null && user.getFullName() != null ? user.getFullName() : row.name();
            String address = user != null && !Validation.isBlank(user.getEmail()) ? user.getEmail().strip()
                    : Validation.blankToNull(row.email());
            if (!once(seen, row.userKey() == null ? "m:" + row.id() : "u:" + row.userKey(), address)) {
                continue;
            }
            boolean insider = row.role().isInsider();
            found.add(new Addressee("member:" + row.id(), name == null ? "" : name, address,
                    insider ? AgendaAudience.INSIDER : outsiders, true));
        }
        if (withGuests) {
            for (Guest guest : guests.all(meeting.id())) {
                String address = Validation.blankToNull(guest.email());
                if (!once(seen, "g:" + guest.id(), address)) {
                    continue;
                }
                found.add(new Addressee("guest:" + guest.id(), guest.name(), address, outsiders, false));
            }
        }
        return found;
    }

    /** Whether neither the person nor the address was met before (both are remembered). */
    private static boolean once(Set<String> seen, String person, String address) {
        boolean newPerson = seen.add(person);
        boolean newAddress = address == null || seen.add("a:" + address.toLowerCase(Locale.ROOT));
        return newPerson && newAddress;
    }

}
