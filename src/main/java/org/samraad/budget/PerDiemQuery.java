package org.samraad.budget;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.samraad.council.MemberEntity;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.AttendanceStatus;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.sql.EnumSql;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * A meeting's per-diem list in two statements: its head (the stored list, if any, with the rates of the budget of
 * the meeting's year), then its lines — while open, from the attendance (members present who receive per-diems, and
 * substitutes who came and receive them, with any kilometres recorded); once approved, as frozen.
 */
@Component
public class PerDiemQuery {
    private static final String HEAD = "SELECT p." + column("ID") + " AS p_id, p." + column("Approved")
            + " AS p_approved, p." + column("ApprovedAt") + " AS p_approved_at, p." + column("ApprovedBy")
            + " AS p_approved_by, p." + column("Currency") + " AS p_currency, p." + column("Version")
            + " AS p_version, b." + column("ID") + " AS b_id, b." + column("Currency") + " AS b_currency, b."
            + column("PerDiemRate") + " AS b_per_diem, b." + column("TransportRate") + " AS b_transport, b."
            + column("TransportAmount") + " AS b_transport_amount FROM " + table(MeetingEntity.class) + " g LEFT JOIN "
            + table(PerDiemListEntity.class) + " p ON p." + column("MeetingId") + " = g." + column("ID")
            + " LEFT JOIN " + table(BudgetEntity.class) + " b ON b." + column("CouncilId") + " = g."
            + column("CouncilId") + " AND b." + column("BudgetYear") + " = ? WHERE g." + column("ID") + " = ?";

    private static final String PERSON = "m." + column("ID") + " AS member_id, m." + column("UserKey")
            + " AS user_key, m." + column("Name") + " AS name, m." + column("AnonymisedAt") + " AS anonymised_at, ";

    /** The person who came: the member, or on a SUBSTITUTE_ATTENDED line the substitute it names. */
    private static final String LIVE = "SELECT " + PERSON + "a." + column("Status") + " AS status, pl."
            + column("Km") + " AS km FROM " + table(AttendanceEntity.class) + " a JOIN " + table(MemberEntity.class)
            + " m ON m." + column("ID") + " = CASE WHEN a." + column("Status") + " = "
            + EnumSql.literal(AttendanceStatus.SUBSTITUTE_ATTENDED) + " THEN a." + column("SubstituteId") + " ELSE a."
            + column("MemberId") + " END LEFT JOIN " + table(PerDiemLineEntity.class) + " pl ON pl."
            + column("MeetingId") + " = a." + column("MeetingId") + " AND pl." + column("MemberId") + " = m."
            + column("ID") + " WHERE a." + column("MeetingId") + " = ? AND a." + column("Status") + " IN "
            + EnumSql.inList(AttendanceStatus.class, AttendanceStatus::seatTaken) + " AND m."
            + column("PerDiemEligible") + " = ? AND m." + column("AnonymisedAt") + " IS NULL ORDER BY m." + column("ID");

    private static final String FROZEN = "SELECT " + PERSON + "pl." + column("Substitute") + " AS substitute, pl."
            + column("Km") + " AS km, pl." + column("PerDiem") + " AS per_diem, pl." + column("Transport")
            + " AS transport FROM " + table(PerDiemLineEntity.class) + " pl JOIN " + table(MemberEntity.class)
            + " m ON m." + column("ID") + " = pl." + column("MemberId") + " WHERE pl." + column("MeetingId")
            + " = ? ORDER BY m." + column("ID");

    /** A year's approved lines, meeting by meeting, for payroll. */
    private static final String PAYROLL = "SELECT g." + column("StartsAt") + " AS starts_at, g." + column("Title")
            + " AS title, " + PERSON + "pl." + column("Substitute") + " AS substitute, pl." + column("Km")
            + " AS km, pl." + column("PerDiem") + " AS per_diem, pl." + column("Transport") + " AS transport, p."
            + column("Currency") + " AS currency FROM " + table(PerDiemListEntity.class) + " p JOIN "
            + table(MeetingEntity.class) + " g ON g." + column("ID") + " = p." + column("MeetingId") + " JOIN "
            + table(PerDiemLineEntity.class) + " pl ON pl." + column("MeetingId") + " = p." + column("MeetingId")
            + " JOIN " + table(MemberEntity.class) + " m ON m." + column("ID") + " = pl." + column("MemberId")
            + " WHERE p." + column("CouncilId") + " = ? AND p." + column("Approved") + " = ? AND p."
            + column("BudgetYear") + " = ? ORDER BY g." + column("StartsAt") + ", g." + column("ID") + ", m."
            + column("ID");

    private final ReadOnlySql sql;

    public PerDiemQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** The stored list (null fields when never saved) and the rates of the budget of {@code year}. */
    record Head(boolean approved, Timestamp approvedAt, String approvedBy, String listCurrency, int version,
            String budgetCurrency, BudgetRates rates) {}

    /** A person on the list as read; amounts are the frozen ones, or 0 while the list is open. */
    record Person(int memberId, String userKey, String name, boolean anonymised, boolean substitute, Integer km,
            long perDiem, long transport) {}

    Head head(int meetingId, int year) {
        return sql.query(HEAD, List.of(year, meetingId), rows -> {
            if (!rows.next()) {
                return null;
            }
            rows.getInt("p_id");
            boolean stored = !rows.wasNull();
            rows.getInt("b_id");
            boolean budget = !rows.wasNull();
            return new Head(stored && rows.getBoolean("p_approved"), rows.getTimestamp("p_approved_at"),
                    rows.getString("p_approved_by"), trim(rows.getString("p_currency")),
                    stored ? rows.getInt("p_version") : 0, trim(rows.getString("b_currency")),
                    budget ? new BudgetRates(rows.getLong("b_per_diem"),
                            TransportRate.valueOf(rows.getString("b_transport").trim()),
                            rows.getLong("b_transport_amount")) : BudgetRates.NONE);
        });
    }

    /** Who is on the list now: from the attendance while open, as frozen once approved. One statement. */
    List<Person> people(int meetingId, boolean approved) {
        if (approved) {
            return sql.query(FROZEN, List.of(meetingId), rows -> read(rows, true));
        }
        return sql.query(LIVE, List.of(meetingId, Boolean.TRUE), rows -> read(rows, false));
    }

    /** An approved line with its meeting. */
    record PayrollLine(java.time.Instant startsAt, String title, Person person, String currency) {}

    /** The year's approved lines of a council, by meeting. One statement. */
    List<PayrollLine> payroll(int councilId, int year) {
        return sql.query(PAYROLL, List.of(councilId, Boolean.TRUE, year), rows -> {
            List<PayrollLine> lines = new ArrayList<>();
            while (rows.next()) {
                int km = rows.getInt("km");
                Integer distance = rows.wasNull() ? null : km;
                lines.add(new PayrollLine(rows.getTimestamp("starts_at").toInstant(), rows.getString("title"),
                        new Person(rows.getInt("member_id"), rows.getString("user_key"), rows.getString("name"),
                                rows.getTimestamp("anonymised_at") != null, rows.getBoolean("substitute"), distance,
                                rows.getLong("per_diem"), rows.getLong("transport")),
                        trim(rows.getString("currency"))));
            }
            return lines;
        });
    }

    private static List<Person> read(ResultSet rows, boolean frozen) throws SQLException {
        List<Person> people = new ArrayList<>();
        while (rows.next()) {
            int km = rows.getInt("km");
            Integer distance = rows.wasNull() ? null : km;
            int memberId = rows.getInt("member_id");
            if (people.stream().anyMatch(p -> p.memberId() == memberId)) {
                continue; // one line a person, even if the attendance names them twice
            }
            people.add(new Person(memberId, rows.getString("user_key"), rows.getString("name"),
                    rows.getTimestamp("anonymised_at") != null,
                    frozen ? rows.getBoolean("substitute")
                            : AttendanceStatus.SUBSTITUTE_ATTENDED.name().equals(rows.getString("status").trim()),
                    distance, frozen ? rows.getLong("per_diem") : 0, frozen ? rows.getLong("transport") : 0));
        }
        return people;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
