package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;

/**
 * The cast of the attendance and agenda-request tests (UDS public with an editor, a secretary who also serves on
 * the council, a reader; INT restricted) and the rows they start from: councils, organisations, members and
 * meetings. Today is {@link #TODAY}; the clock can be moved.
 */
final class AttendanceData {
    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String EDITOR = "key-editor";
    static final String SECRETARY = "key-secretary";
    static final String MEMBER_USER = "key-member";
    static final String READER = "key-reader";
    static final String GUEST_USER = "key-guest";
    static final Map<String, String> USERS = Map.of(EDITOR, "Edvin Editor", SECRETARY, "Sara Sekretær",
            MEMBER_USER, "Mona Medlem", READER, "Rita Reader", GUEST_USER, "Gitte Gæst");

    final ActiveObjects ao;
    final FakeConfluence confluence;
    private final TestPlugin plugin;
    private final Rows rows;
    private Instant now = NOW;

    /** Starts the plugin with this cast, acting as the editor, on this data's clock. */
    AttendanceData(TestPlugin.Builder plugin, ActiveObjects ao) {
        this.plugin = plugin.users(USERS).clock(() -> now).confluence(new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(MEMBER_USER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "INT")
                .actAs(EDITOR)).start();
        this.ao = ao;
        this.confluence = this.plugin.confluence();
        this.rows = new Rows(ao);
    }

    TestPlugin plugin() {
        return plugin;
    }

    void actAs(String userKey) {
        confluence.actAs(userKey);
    }

    void clock(Instant instant) {
        now = instant;
    }

    int council(String spaceKey, String name, String locale) {
        return rows.council(spaceKey, name, locale);
    }

    int organisation(String name, String spaceKey) {
        return rows.organisation(name, spaceKey);
    }

    /** A member serving from a year before today to three years after, unless the term is changed. */
    Rows.MemberRow member(int councilId, String role) {
        return rows.member(councilId, role).term(TODAY.minusYears(1), TODAY.plusYears(3)).consent(true)
                .email("kontakt@nordby.example");
    }

    /** Moves a meeting to a status, as its lifecycle would. */
    void status(int meetingId, String status) {
        rows.status(meetingId, status);
    }

    /** A meeting starting at a wall-clock time in the given zone, with an optional request deadline. */
    int meeting(int councilId, String title, String status, LocalDateTime startsAt, ZoneId zone, LocalDate deadline) {
        MeetingEntity meeting = rows.meeting(councilId, status, startsAt.atZone(zone).toInstant());
        meeting.setTitle(title);
        meeting.setPageId(4242L + meeting.getID());
        meeting.setRequestDeadline(org.samraad.platform.CalendarDays.toDate(deadline));
        meeting.save();
        return meeting.getID();
    }
}
