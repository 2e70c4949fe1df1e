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
    private static final String ROW = "SELECT h." + column("ID") + " AS h_id, h." + column("CouncilId")
            + " AS h_council_id, c." + column("SpaceKey") + " AS c_space_key, c." + column("Locale") + " AS c_locale"
            + ", h." + column("Subject") + " AS h_subject, h." + column("IssuingBody") + " AS h_issuing_body"
            + ", h." + column("IssuerReference") + " AS h_issuer_reference, h." + column("Url") + " AS h_url"
            + ", h." + column("Summary") + " AS h_summary, h." + column("ReceivedOn") + " AS h_received_on"
            + ", h." + column("Deadline") + " AS h_deadline, h." + column("ResponsibleUserKey")
            + " AS h_responsible_user_key, h." + column("ResponsibleName") + " AS h_responsible_name"
            + ", h." + column("Status") + " AS h_status, h." + column("PageId") + " AS h_page_id"
            + ", h." + column("AgendaItemId") + " AS h_agenda_item_id, h." + column("SubmittedOn")
            + " AS h_submitted_on, h." + column("Response") + " AS h_response, h." + column("Dissent")
            + " AS h_dissent, h." + column("EasyRead") + " AS h_easy_read, h." + column("Outcome") + " AS h_outcome"
            + ", h." + column("ReviewDate") + " AS h_review_date, h." + column("Version") + " AS h_version"
            + ", h." + column("CaseNumber") + " AS h_case_number"
            + ", m." + column("Status") + " AS m_status, m." + column("ID") + " AS m_id, m." + column("PageId")
            + " AS m_page_id, m." + column("Title") + " AS m_title, ai." + column("Closed") + " AS ai_closed"
            + ", " + PersonStanding.sql("rs", "h." + column("CouncilId"), null, "h." + column("ResponsibleUserKey"),
                    "h." + column("ResponsibleName")) + " AS responsible_standing"
            + ", " + ServingMemberSql.countOf("ci", "h." + column("CouncilId"), MemberRole::isInsider) + " AS caller_insider"
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
        return sql.query("SELECT " + column("ID") + " AS h_id, " + column("Status") + " AS h_status, "
                        + column("Deadline") + " AS h_deadline, " + column("SubmittedOn") + " AS h_submitted_on, "
                        + column("PageId") + " AS h_page_id FROM " + table(HearingEntity.class)
                        + " WHERE "
                        + column("CouncilId") + " = ?",
                List.of(councilId), rows -> {
                    List<Brief> briefs = new ArrayList<>();
                    while (rows.next()) {
                        long pageId = rows.getLong("h_page_id");
                        Long page = rows.wasNull() ? null : pageId;
                        briefs.add(new Brief(rows.getInt("h_id"), HearingStatus.valueOf(rows.getString("h_status")),
                                day(rows.getTimestamp("h_deadline")), day(rows.getTimestamp("h_submitted_on")), page));
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
        long pageId = rows.getLong("h_page_id");
        Long page = rows.wasNull() ? null : pageId;
        int agendaItemId = rows.getInt("h_agenda_item_id");
        Integer agendaItem = rows.wasNull() ? null : agendaItemId;
        String meetingStatus = rows.getString("m_status");
        HearingStatus status = HearingStatus.valueOf(rows.getString("h_status"));
        Hearing stored = new Hearing(
                rows.getInt("h_id"),
                rows.getInt("h_council_id"),
                rows.getString("h_subject"),
                rows.getString("h_issuing_body"),
                rows.getString("h_issuer_reference"),
                rows.getString("h_url"),
                rows.getString("h_summary"),
                day(rows.getTimestamp("h_received_on")),
                day(rows.getTimestamp("h_deadline")),
                rows.getString("h_responsible_user_key"),
                rows.getString("h_responsible_name"),
                status,
                List.copyOf(status.next()),
                null, // the deadline's state and days left need the council's today: HearingRow#shown
                null,
                page,
                agendaItem,
                day(rows.getTimestamp("h_submitted_on")),
                rows.getString("h_response"),
                rows.getString("h_dissent"),
                rows.getString("h_easy_read"),
                rows.getString("h_outcome"),
                day(rows.getTimestamp("h_review_date")),
                rows.getInt("h_version"),
                rows.getString("h_case_number"));
        // no item, or its meeting, is gone (null), or the meeting was cancelled
        boolean live = meetingStatus != null && !MeetingStatus.CANCELLED.name().equals(meetingStatus);
        long meetingPageId = rows.getLong("m_page_id");
        Long meetingPage = rows.wasNull() ? null : meetingPageId;
        HearingRow.AgendaPlace place = live ? new HearingRow.AgendaPlace(rows.getInt("m_id"), meetingPage,
                rows.getString("m_title"), MeetingStatus.valueOf(meetingStatus), agendaItemId,
                rows.getBoolean("ai_closed")) : null;
        return new HearingRow(stored, rows.getString("c_space_key"), rows.getString("c_locale"), live,
                PersonStanding.read(rows, "responsible_standing"),
                rows.getInt("caller_insider") > 0, place);
    }

    private static LocalDate day(Timestamp timestamp) {
        return timestamp == null ? null : CalendarDays.toDay(timestamp);
    }

    /**
     * A hearing's record, oldest first, each with the standing of who made it in the hearing's council (it decides
     * how they are named): one statement.
     */
    List<EventRow> events(int hearingId, int councilId) {
        String e = "e.";
        List<Object> parameters = new ArrayList<>(PersonStanding.parameters(false));
        parameters.add(councilId);
        parameters.add(hearingId);
        return sql.query("SELECT e." + column("FromStatus") + " AS e_from, e." + column("ToStatus") + " AS e_to, e."
                        + column("OccurredAt") + " AS e_at, e." + column("UserKey") + " AS e_user_key, e."
                        + column("Note") + " AS e_note, e." + column("Kind") + " AS e_kind, e." + column("Detail")
                        + " AS e_detail, " + PersonStanding.sql("es", "?", null, e + column("UserKey"), null)
                        + " AS e_standing FROM " + table(HearingEventEntity.class) + " e WHERE e."
                        + column("HearingId") + " = ? ORDER BY e." + column("OccurredAt") + ", e." + column("ID"),
                parameters, rows -> {
                    List<EventRow> events = new ArrayList<>();
                    while (rows.next()) {
                        String from = rows.getString("e_from");
                        events.add(new EventRow(from == null ? null : HearingStatus.valueOf(from),
                                HearingStatus.valueOf(rows.getString("e_to")),
                                rows.getTimestamp("e_at").toInstant(), rows.getString("e_user_key"),
                                PersonStanding.read(rows, "e_standing"), rows.getString("e_note"),
                                rows.getString("e_kind"), rows.getString("e_detail")));
                    }
                    return events;
                });
    }

    /** One recorded event as stored, with its maker's standing in the council. */
    record EventRow(HearingStatus from, HearingStatus to, java.time.Instant at, String userKey,
            PersonStanding standing, String note, String kind, String detail) {}

    /** What the register needs of every hearing to filter, order, count and rate. */
    /** @param pageId the response page, whose own view permission the hearing follows; null without one */
    record Brief(int id, HearingStatus status, LocalDate deadline, LocalDate submittedOn, Long pageId) {}

}
