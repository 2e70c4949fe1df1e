package org.samraad.hearing;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;
import static org.samraad.platform.sql.SqlStatements.placeholders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberRole;
import org.samraad.council.PersonStanding;
import org.samraad.council.ServingMemberSql;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * The hearing register's reads, one statement each: a council's hearings in brief (enough to filter, sort, count
 * and compute the on-time rate), and the full rows of one window of them, with the council's space and language
 * and whether the hearing's agenda item still stands on a meeting that was not cancelled.
 */
@Component
public class HearingsQuery {
    private static final String ROW = "SELECT h." + column("ID") + ", h." + column("CouncilId")
            + ", c." + column("SpaceKey") + ", c." + column("Locale")
            + ", h." + column("Subject") + ", h." + column("IssuingBody") + ", h." + column("IssuerReference")
            + ", h." + column("Url") + ", h." + column("Summary") + ", h." + column("ReceivedOn")
            + ", h." + column("Deadline") + ", h." + column("ResponsibleUserKey") + ", h." + column("ResponsibleName")
            + ", h." + column("Status") + ", h." + column("PageId") + ", h." + column("AgendaItemId")
            + ", h." + column("SubmittedOn") + ", h." + column("Response") + ", h." + column("Dissent")
            + ", h." + column("EasyRead") + ", h." + column("Outcome") + ", h." + column("ReviewDate")
            + ", h." + column("Version") + ", m." + column("Status")
            + ", " + PersonStanding.sql("rs", "h." + column("CouncilId"), null, "h." + column("ResponsibleUserKey"),
                    "h." + column("ResponsibleName"))
            + ", " + ServingMemberSql.countOf("ci", "h." + column("CouncilId"), MemberRole::isInsider)
            + " FROM " + table(HearingEntity.class) + " h JOIN " + table(CouncilEntity.class) + " c ON c."
            + column("ID") + " = h." + column("CouncilId")
            + " LEFT JOIN " + table(AgendaItemEntity.class) + " ai ON ai." + column("ID") + " = h." + column("AgendaItemId")
            + " LEFT JOIN " + table(MeetingEntity.class) + " m ON m." + column("ID") + " = ai." + column("MeetingId");

    private final ReadOnlySql sql;

    public HearingsQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** Every hearing of a council in brief, in no particular order. */
    List<Brief> briefs(int councilId) {
        return sql.query("SELECT " + column("ID") + ", " + column("Status") + ", " + column("Deadline") + ", "
                        + column("SubmittedOn") + ", " + column("PageId") + " FROM " + table(HearingEntity.class)
                        + " WHERE "
                        + column("CouncilId") + " = ?",
                List.of(councilId), rows -> {
                    List<Brief> briefs = new ArrayList<>();
                    while (rows.next()) {
                        long pageId = rows.getLong(5);
                        Long page = rows.wasNull() ? null : pageId;
                        briefs.add(new Brief(rows.getInt(1), HearingStatus.valueOf(rows.getString(2)),
                                day(rows.getTimestamp(3)), day(rows.getTimestamp(4)), page));
                    }
                    return briefs;
                });
    }

    /**
     * The full rows of these hearings, each with the responsible person's standing in the council and whether
     * {@code callerKey} (null: anonymous) serves on the council as an insider.
     */
    List<HearingRow> byIds(List<Integer> ids, String callerKey, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = rowParameters(callerKey, today);
        parameters.addAll(ids);
        return sql.query(ROW + " WHERE h." + column("ID") + " IN (" + placeholders(ids.size())
                + ")", parameters, rows -> {
                    List<HearingRow> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(read(rows));
                    }
                    return result;
                });
    }

    Optional<HearingRow> byId(int id, String callerKey, LocalDate today) {
        List<Object> parameters = rowParameters(callerKey, today);
        parameters.add(id);
        return sql.query(ROW + " WHERE h." + column("ID") + " = ?", parameters,
                rows -> rows.next() ? Optional.of(read(rows)) : Optional.empty());
    }

    /** The hearing whose response page this is; the oldest if several claim the page. */
    Optional<HearingRow> byPage(long pageId, String callerKey, LocalDate today) {
        List<Object> parameters = rowParameters(callerKey, today);
        parameters.add(pageId);
        return sql.query(ROW + " WHERE h." + column("PageId") + " = ? ORDER BY h." + column("ID"), parameters,
                rows -> rows.next() ? Optional.of(read(rows)) : Optional.empty());
    }

    /** The parameters of the standing columns of {@link #ROW}, which come before those of any WHERE clause. */
    private static List<Object> rowParameters(String callerKey, LocalDate today) {
        List<Object> parameters = new ArrayList<>(PersonStanding.parameters(false));
        parameters.addAll(ServingMemberSql.parameters(callerKey, today));
        return parameters;
    }

    private static HearingRow read(ResultSet rows) throws SQLException {
        long pageId = rows.getLong(15);
        Long page = rows.wasNull() ? null : pageId;
        int agendaItemId = rows.getInt(16);
        Integer agendaItem = rows.wasNull() ? null : agendaItemId;
        return new HearingRow(
                rows.getInt(1),
                rows.getInt(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                day(rows.getTimestamp(10)),
                day(rows.getTimestamp(11)),
                rows.getString(12),
                rows.getString(13),
                HearingStatus.valueOf(rows.getString(14)),
                page,
                agendaItem,
                day(rows.getTimestamp(17)),
                rows.getString(18),
                rows.getString(19),
                rows.getString(20),
                rows.getString(21),
                day(rows.getTimestamp(22)),
                rows.getInt(23),
                // no item, or its meeting, is gone (null), or the meeting was cancelled
                rows.getString(24) != null && !MeetingStatus.CANCELLED.name().equals(rows.getString(24)),
                PersonStanding.read(rows, 25),
                rows.getInt(26) > 0);
    }

    private static LocalDate day(Timestamp timestamp) {
        return timestamp == null ? null : CalendarDays.toDay(timestamp);
    }

    /** What the register needs of every hearing to filter, order, count and rate. */
    /** @param pageId the response page, whose own view permission the hearing follows; null without one */
    record Brief(int id, HearingStatus status, LocalDate deadline, LocalDate submittedOn, Long pageId) {}

}
