package org.samraad.meeting;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.samraad.council.OrganisationEntity;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * A meeting's recorded attendance in one statement: the attendance version from the meeting row, every
 * attendance row with its organisation's name and the meeting's invited guests ({@link GuestEntity}, never their
 * address), so an attendance list costs this statement and the members'.
 */
@Component
public class AttendanceQuery {
    private static final String SELECT = "SELECT 'A' AS kind, m." + column("AttendanceVersion") + " AS m_attendance_version, a."
            + column("ID") + " AS a_id, a." + column("MemberId") + " AS a_member_id, a." + column("UserKey")
            + " AS a_user_key, a." + column("Name") + " AS a_name, a." + column("OrganisationId")
            + " AS a_organisation_id, o." + column("Name") + " AS o_name, a." + column("Status") + " AS a_status, a."
            + column("SubstituteId") + " AS a_substitute_id"
            + " FROM " + table(MeetingEntity.class) + " m"
            + " LEFT JOIN " + table(AttendanceEntity.class) + " a ON a." + column("MeetingId") + " = m." + column("ID")
            + " LEFT JOIN " + table(OrganisationEntity.class) + " o ON o." + column("ID") + " = a." + column("OrganisationId")
            + " WHERE m." + column("ID") + " = ?"
            // the invited guests, in the same statement: name, organisation as typed, consent in the status slot
            + " UNION ALL SELECT 'G', m." + column("AttendanceVersion") + ", g." + column("ID") + ", NULL, NULL, g."
            + column("Name") + ", NULL, g." + column("Organisation") + ", CASE WHEN g." + column("PublishConsent")
            + " = ? THEN 'Y' ELSE 'N' END, NULL"
            + " FROM " + table(MeetingEntity.class) + " m JOIN " + table(GuestEntity.class) + " g ON g."
            + column("MeetingId") + " = m." + column("ID") + " WHERE m." + column("ID") + " = ?"
            + " ORDER BY kind, a_id";

    private final ReadOnlySql sql;

    public AttendanceQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** One stored line; {@code status} as stored (a later version's status reads as null: not recorded). */
    record Row(int id, Integer memberId, String userKey, String name, Integer organisationId, String organisationName,
            AttendanceStatus status, Integer substituteId) {}

    /** An invited guest as the minutes may name them: no address. {@code name} null once erased from approved minutes. */
    record Invited(int id, String name, String organisation, boolean publishConsent) {}

    /**
     * The attendance version, the rows in the order they were recorded and the invited guests in the order they
     * were added; version 0 and none for an unknown meeting.
     */
    record Sheet(int version, List<Row> rows, List<Invited> guests) {
        Sheet {
            rows = List.copyOf(rows);
            guests = guests == null ? List.of() : List.copyOf(guests);
        }
    }

    Sheet ofMeeting(int meetingId) {
        return sql.query(SELECT, List.of(meetingId, true, meetingId), AttendanceQuery::read);
    }

    private static Sheet read(ResultSet rows) throws SQLException {
        int version = 0;
        List<Row> lines = new ArrayList<>();
        List<Invited> guests = new ArrayList<>();
        while (rows.next()) {
            version = rows.getInt("m_attendance_version");
            Integer id = nullableInt(rows, "a_id");
            if (id == null) {
                continue;
            }
            if ("G".equals(rows.getString("kind"))) {
                guests.add(new Invited(id, rows.getString("a_name"), rows.getString("o_name"),
                        "Y".equals(rows.getString("a_status"))));
                continue;
            }
            lines.add(new Row(id, nullableInt(rows, "a_member_id"), rows.getString("a_user_key"),
                    rows.getString("a_name"), nullableInt(rows, "a_organisation_id"), rows.getString("o_name"),
                    org.samraad.platform.Validation.parse(rows.getString("a_status"), AttendanceStatus.class),
                    nullableInt(rows, "a_substitute_id")));
        }
        return new Sheet(version, lines, guests);
    }

    private static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
