package org.samraad.communication;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.List;
import org.samraad.meeting.GuestEntity;
import org.samraad.meeting.GuestService;
import org.samraad.meeting.Guest;
import org.samraad.council.MemberEntity;
import org.samraad.meeting.MeetingAccess;
import org.samraad.meeting.MeetingContext;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.I18n;
import org.samraad.platform.UserNames;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * A meeting's dispatch log for insiders (space administrators and serving council members other than observers;
 * 403 for other readers): every mail queued and every person it could not reach, oldest first, with names as
 * insiders see them. Two statements: the meeting, its dispatch rows with their members' and guests' names.
 */
@Component
public class DispatchLog {
    private static final String LOG = "SELECT d." + column("Kind") + " AS d_kind, d." + column("Sequence")
            + " AS d_sequence, d." + column("Recipient") + " AS d_recipient, d." + column("Outcome")
            + " AS d_outcome, d." + column("Audience") + " AS d_audience, d." + column("DispatchedAt")
            + " AS d_at, d." + column("UserKey") + " AS d_user_key, m." + column("UserKey") + " AS m_user_key, m." + column("Name") + " AS m_name, g."
            + column("Name") + " AS g_name"
            + " FROM " + table(DispatchEntity.class) + " d"
            + " LEFT JOIN " + table(MemberEntity.class) + " m ON m." + column("ID") + " = d." + column("MemberId")
            + " LEFT JOIN " + table(GuestEntity.class) + " g ON g." + column("ID") + " = d." + column("GuestId")
            + " WHERE d." + column("MeetingId") + " = ? ORDER BY d." + column("DispatchedAt") + ", d." + column("ID");

    private final ReadOnlySql sql;
    private final MeetingAccess access;
    private final UserAccessor users;
    private final I18n i18n;

    public DispatchLog(ReadOnlySql sql, MeetingAccess access, @ComponentImport UserAccessor users, I18n i18n) {
        this.sql = sql;
        this.access = access;
        this.users = users;
        this.i18n = i18n;
    }

    public List<DispatchLogEntry> list(int meetingId) {
        return entries(insiders(meetingId));
    }

    /** The meeting, for insiders only. */
    MeetingContext insiders(int meetingId) {
        MeetingContext context = access.view(meetingId);
        if (!context.viewer().insider()) {
            throw new ForbiddenException();
        }
        return context;
    }

    /** The log of a meeting the caller may see it for: one statement. */
    List<DispatchLogEntry> entries(MeetingContext context) {
        List<String[]> rows = sql.query(LOG, List.of(context.meeting().id()), found -> {
            List<String[]> read = new ArrayList<>();
            while (found.next()) {
                read.add(new String[] {found.getString("d_kind"), Integer.toString(found.getInt("d_sequence")),
                        found.getString("d_recipient"), found.getString("d_outcome"), found.getString("d_audience"),
                        Long.toString(found.getTimestamp("d_at").getTime()), found.getString("m_user_key"),
                        found.getString("m_name"), found.getString("g_name"), found.getString("d_user_key")});
            }
            return read;
        });
        return rows.stream().map(r -> new DispatchLogEntry(DispatchKind.valueOf(r[0]), Integer.parseInt(r[1]), r[2],
                name(r), DispatchOutcome.valueOf(r[3]), r[4], java.time.Instant.ofEpochMilli(Long.parseLong(r[5]))))
                .toList();
    }

    /** A member's account name or stored name, a guest's name, a requester's account name; "unknown" once erased. */
    private String name(String[] row) {
        String recipient = row[2];
        String userKey = row[6] != null ? row[6] : row[9];
        if (userKey != null) {
            return UserNames.fullName(users, i18n, userKey);
        }
        if (recipient.startsWith("request:")) {
            return UserNames.unknown(i18n);
        }
        String name = row[7] != null ? row[7] : row[8];
        return name == null ? UserNames.unknown(i18n) : name;
    }
}
