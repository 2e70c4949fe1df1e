package org.samraad.meeting;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilKind;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberEntity;
import org.samraad.council.MemberRole;
import org.samraad.council.MinutesTerm;
import org.samraad.council.PersonStanding;
import org.samraad.council.ServingMemberSql;
import org.samraad.council.Viewer;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Loads a meeting, its council, whether a given user serves on the council as an insider and as its secretary, and
 * how the people who approved or reopened the minutes stand in the council, in one statement, so
 * a meeting macro keeps two of its three statements for its own rows. Permissions are not checked here (they cost
 * no SQL and live in {@link MeetingAccess}).
 */
@Component
public class MeetingContextQuery {
    private static final String SELECT = "SELECT m." + column("ID") + " AS m_id"
            + ", m." + column("CouncilId") + " AS m_council_id, m." + column("PageId") + " AS m_page_id"
            + ", m." + column("Title") + " AS m_title, m." + column("Kind") + " AS m_kind"
            + ", m." + column("Status") + " AS m_status, m." + column("StartsAt") + " AS m_starts_at"
            + ", m." + column("EndsAt") + " AS m_ends_at, m." + column("Place") + " AS m_place"
            + ", m." + column("OpenToPublic") + " AS m_open_to_public"
            + ", m." + column("RequestDeadline") + " AS m_request_deadline"
            + ", m." + column("DispatchDeadline") + " AS m_dispatch_deadline"
            + ", m." + column("AgendaPublishedAt") + " AS m_agenda_published_at"
            + ", m." + column("AgendaSentAt") + " AS m_agenda_sent_at"
            + ", m." + column("MinutesApprovedAt") + " AS m_minutes_approved_at"
            + ", m." + column("MinutesApprovedBy") + " AS m_minutes_approved_by"
            + ", m." + column("MinutesReopenedAt") + " AS m_minutes_reopened_at"
            + ", m." + column("MinutesReopenedBy") + " AS m_minutes_reopened_by"
            + ", m." + column("MinutesReopenReason") + " AS m_minutes_reopen_reason"
            + ", m." + column("MinutesPublishedAt") + " AS m_minutes_published_at"
            + ", m." + column("Version") + " AS m_version, m." + column("JointCouncilIds") + " AS m_joint_council_ids"
            + ", c." + column("SpaceKey") + " AS c_space_key, c." + column("Name") + " AS c_name"
            + ", c." + column("Kind") + " AS c_kind, c." + column("Purpose") + " AS c_purpose"
            + ", c." + column("Version") + " AS c_version, c." + column("Locale") + " AS c_locale"
            + ", " + ServingMemberSql.countOf("mb", "c." + column("ID"), MemberRole::isInsider) + " AS caller_insider"
            + ", m." + column("MinutesTarget") + " AS m_minutes_target"
            + ", c." + column("RequestDays") + " AS c_request_days, c." + column("DispatchDays") + " AS c_dispatch_days"
            + ", c." + column("MinutesDays") + " AS c_minutes_days"
            + ", c." + column("MeetingTitlePattern") + " AS c_meeting_title_pattern"
            + ", c." + column("ActionReminderDays") + " AS c_action_reminder_days"
            + ", c." + column("MinutesTerm") + " AS c_minutes_term"
            + ", " + ServingMemberSql.countOf("ms", "c." + column("ID"), role -> role == MemberRole.SECRETARY)
            + " AS caller_secretary"
            // how the approver and the reopener of the minutes are named (the member list's rule), in this statement
            + ", " + PersonStanding.sql("ap", "c." + column("ID"), null, "m." + column("MinutesApprovedBy"), null)
            + " AS approver_standing"
            + ", " + PersonStanding.sql("rp", "c." + column("ID"), null, "m." + column("MinutesReopenedBy"), null)
            + " AS reopener_standing"
            // who takes the notes: a member row of the council, named by the member list's rule, in this statement
            + ", m." + column("NoteTakerMemberId") + " AS m_note_taker_id"
            + ", (SELECT nt." + column("UserKey") + " FROM " + table(MemberEntity.class) + " nt WHERE nt." + column("ID")
            + " = m." + column("NoteTakerMemberId") + " AND nt." + column("CouncilId") + " = c." + column("ID")
            + ") AS note_taker_user_key"
            + ", (SELECT nn." + column("Name") + " FROM " + table(MemberEntity.class) + " nn WHERE nn." + column("ID")
            + " = m." + column("NoteTakerMemberId") + " AND nn." + column("CouncilId") + " = c." + column("ID")
            + ") AS note_taker_name"
            + ", (SELECT CASE WHEN ns." + column("AnonymisedAt") + " IS NOT NULL THEN 3 WHEN ns."
            + column("PublishConsent") + " = ? THEN 2 ELSE 1 END FROM " + table(MemberEntity.class) + " ns WHERE ns."
            + column("ID") + " = m." + column("NoteTakerMemberId") + " AND ns." + column("CouncilId") + " = c." + column("ID")
            + ") AS note_taker_standing"
            // whether approved minutes were frozen, so a meeting without a snapshot costs no statement to find out
            + ", " + MinutesSnapshots.NEWEST_SEQUENCE.formatted("m." + column("ID")) + " AS minutes_snapshot"
            + " FROM " + table(MeetingEntity.class) + " m JOIN " + table(CouncilEntity.class) + " c ON c."
            + column("ID") + " = m." + column("CouncilId");

    private final ReadOnlySql sql;

    public MeetingContextQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** The meeting, its council and the user's membership; the boolean is false for a null user key. */
    public Optional<Row> byId(int meetingId, String userKey, LocalDate today) {
        return one(" WHERE m." + column("ID") + " = ?", meetingId, userKey, today);
    }

    /** The meeting recorded for a page (the blueprint links them); the oldest if several claim the page. */
    public Optional<Row> byPage(long pageId, String userKey, LocalDate today) {
        return one(" WHERE m." + column("PageId") + " = ? ORDER BY m." + column("ID"), pageId, userKey, today);
    }

    private Optional<Row> one(String where, Object key, String userKey, LocalDate today) {
        List<Object> parameters = new ArrayList<>(ServingMemberSql.parameters(userKey, today));
        parameters.addAll(ServingMemberSql.parameters(userKey, today));
        parameters.addAll(PersonStanding.parameters(false));
        parameters.addAll(PersonStanding.parameters(false));
        parameters.add(Boolean.TRUE); // the note-taker's consent
        parameters.add(key);
        return sql.query(SELECT + where, parameters, rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(read(rows));
        });
    }

    private static Row read(ResultSet rows) throws SQLException {
        String locale = rows.getString("c_locale");
        ZoneId zone = CouncilZone.forLocale(locale);
        long pageId = rows.getLong("m_page_id");
        Long page = rows.wasNull() ? null : pageId;
        Meeting meeting = new Meeting(
                rows.getInt("m_id"),
                rows.getInt("m_council_id"),
                page,
                rows.getString("m_title"),
                MeetingKind.valueOf(rows.getString("m_kind")),
                MeetingStatus.valueOf(rows.getString("m_status")),
                Meeting.local(date(rows.getTimestamp("m_starts_at")), zone),
                Meeting.local(date(rows.getTimestamp("m_ends_at")), zone),
                zone.getId(),
                rows.getString("m_place"),
                rows.getBoolean("m_open_to_public"),
                rows.getTimestamp("m_request_deadline") == null ? null
                        : CalendarDays.toDay(rows.getTimestamp("m_request_deadline")),
                rows.getTimestamp("m_dispatch_deadline") == null ? null
                        : CalendarDays.toDay(rows.getTimestamp("m_dispatch_deadline")),
                CalendarDays.toDay(rows.getTimestamp("m_minutes_target")),
                instant(rows.getTimestamp("m_agenda_published_at")),
                instant(rows.getTimestamp("m_agenda_sent_at")),
                instant(rows.getTimestamp("m_minutes_approved_at")),
                rows.getString("m_minutes_approved_by"),
                instant(rows.getTimestamp("m_minutes_reopened_at")),
                rows.getString("m_minutes_reopened_by"),
                rows.getString("m_minutes_reopen_reason"),
                instant(rows.getTimestamp("m_minutes_published_at")),
                rows.getInt("m_version"),
                noteTakerId(rows),
                null,
                Meeting.jointCouncilIds(rows.getString("m_joint_council_ids")),
                null);
        Council council = new Council(meeting.councilId(), rows.getString("c_space_key"), rows.getString("c_name"),
                CouncilKind.valueOf(rows.getString("c_kind")), rows.getString("c_purpose"), locale,
                rows.getInt("c_request_days"), rows.getInt("c_dispatch_days"), rows.getInt("c_minutes_days"),
                rows.getString("c_meeting_title_pattern"), rows.getInt("c_action_reminder_days"), null,
                MinutesTerm.of(rows.getString("c_minutes_term")), null, rows.getInt("c_version"));
        int snapshot = rows.getInt("minutes_snapshot");
        Integer minutesSnapshot = rows.wasNull() ? null : snapshot;
        return new Row(meeting, council, locale, rows.getLong("caller_insider") > 0,
                rows.getLong("caller_secretary") > 0, new MinutesSigners(PersonStanding.read(rows, "approver_standing"),
                        PersonStanding.read(rows, "reopener_standing"), new MinutesSigners.NoteTaker(
                                rows.getString("note_taker_user_key"), rows.getString("note_taker_name"),
                                PersonStanding.read(rows, "note_taker_standing"))), minutesSnapshot);
    }

    private static Integer noteTakerId(ResultSet rows) throws SQLException {
        int id = rows.getInt("m_note_taker_id");
        return rows.wasNull() ? null : id;
    }

    private static Date date(Timestamp timestamp) {
        return timestamp == null ? null : new Date(timestamp.getTime());
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * What the statement returns, before permissions are applied.
     *
     * @param minutesSnapshot the newest snapshot of approved minutes ({@link MinutesSnapshots}), or null
     */
    public record Row(Meeting meeting, Council council, String councilLocale, boolean servingInsider,
            boolean servingSecretary, MinutesSigners minutesSigners, Integer minutesSnapshot) {

        /** The meeting as this viewer reads it. */
        public MeetingContext as(Viewer viewer) {
            return new MeetingContext(meeting, council, councilLocale, viewer, minutesSigners,
                    ApprovedMinutesSlot.of(minutesSnapshot));
        }
    }
}
