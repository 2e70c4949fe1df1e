package org.samraad.meeting;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberRow;
import org.samraad.council.MembersQuery;
import org.samraad.platform.TimeSource;
import org.samraad.platform.UserNames;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Approved minutes as a record (architecture §11, "The record"): approving the minutes freezes what the meeting's
 * views are built from ({@link FrozenMinutes}) in a new {@link MinutesSnapshotEntity}, and while the meeting's
 * decisions are locked every read of it (agenda, follow-up list, attendance, quorum; so every macro, output type and
 * REST reply) takes that instead of the live rows, in one statement read at most once per {@link MeetingContext}.
 * A reopened meeting reads live rows again; its snapshots stay. A meeting approved before snapshots existed has
 * none and reads live rows. Only an erasure changes a snapshot ({@link MeetingPersonalData}).
 */
@Component
public class MinutesSnapshots {
    private static final String SELECT = "SELECT s." + column("Sequence") + " AS s_sequence, s." + column("Content")
            + " AS s_content, s." + column("ErasedAt") + " AS s_erased_at FROM " + table(MinutesSnapshotEntity.class)
            + " s WHERE s." + column("MeetingId") + " = ? AND s." + column("Sequence") + " = ";
    /** The newest snapshot's sequence number, for {@link MeetingContextQuery}: a scalar subquery on the meeting. */
    static final String NEWEST_SEQUENCE = "(SELECT MAX(t." + column("Sequence") + ") FROM "
            + table(MinutesSnapshotEntity.class) + " t WHERE t." + column("MeetingId") + " = %s)";

    private final ActiveObjects ao;
    private final ReadOnlySql sql;
    private final AgendaQuery agenda;
    private final AttendanceQuery attendance;
    private final MembersQuery members;
    private final MeetingActions actions;
    private final UserNames users;
    private final TimeSource time;

    public MinutesSnapshots(
            @ComponentImport ActiveObjects ao,
            ReadOnlySql sql,
            AgendaQuery agenda,
            AttendanceQuery attendance,
            MembersQuery members,
            MeetingActions actions,
            UserNames users,
            TimeSource time) {
        this.ao = ao;
        this.sql = sql;
        this.agenda = agenda;
        this.attendance = attendance;
        this.members = members;
        this.actions = actions;
        this.users = users;
        this.time = time;
    }

    /** The newest snapshot of approved minutes, as read; {@code erasedAt} when a person was erased from it. */
    record Snapshot(int sequence, Instant erasedAt, FrozenMinutes minutes) {}

    /**
     * The record a context's meeting is read from: its newest snapshot while its decisions are locked (approved or
     * published minutes), else none (live rows). One statement, once per context.
     */
    Optional<Snapshot> of(MeetingContext context) {
        if (!context.meeting().status().decisionsLocked()) {
            return Optional.empty();
        }
        int meetingId = context.meeting().id();
        ApprovedMinutesSlot slot = context.approvedMinutes();
        return slot.get(() -> slot.newest()
                .map(newest -> newest.flatMap(sequence -> read(SELECT + "?", List.of(meetingId, sequence))))
                .orElseGet(() -> read(SELECT + NEWEST_SEQUENCE.formatted("?"), List.of(meetingId, meetingId))));
    }

    private Optional<Snapshot> read(String select, List<Object> parameters) {
        return sql.query(select, parameters, rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            Timestamp erased = rows.getTimestamp("s_erased_at");
            return Optional.of(new Snapshot(rows.getInt("s_sequence"), erased == null ? null : erased.toInstant(),
                    FrozenMinutes.parse(rows.getString("s_content"))));
        });
    }

    /**
     * Freezes the meeting's minutes as its live rows have them now: inside the approval's transaction, after the
     * meeting's version was claimed (so no other step of this meeting runs at the same time).
     */
    void take(MeetingContext context, MeetingEntity meeting, String approvedBy, Date approvedAt) {
        int meetingId = meeting.getID();
        int councilId = context.council().id();
        LocalDate day = LocalDate.ofInstant(meeting.getStartsAt().toInstant(), context.zone());
        AttendanceQuery.Sheet sheet = attendance.ofMeeting(meetingId);
        // every body's listed members as they stood: who is listed once, under which body, is decided on reading
        AttendanceService.Roll roll = AttendanceService.roll(context, members);
        List<MemberRow> listed = AttendanceService.listed(roll, sheet.rows(), day);
        // the note-taker as they stood that day (a member row of the council, so erasure reaches it like attendees)
        FrozenMinutes.Attendee noteTaker = meeting.getNoteTakerMemberId() == null ? null : roll.members().stream()
                .filter(row -> row.id() == meeting.getNoteTakerMemberId() && row.councilId() == councilId).findFirst()
                .map(FrozenMinutes.Attendee::of).orElse(null);
        MeetingActionList followUp = actions.forMeeting(councilId, meetingId, CouncilZone.today(time, context.council()));
        FrozenMinutes unnamed = new FrozenMinutes(approvedBy, agenda.agenda(meetingId, councilId), List.of(), Map.of(),
                sheet.version(), sheet.rows(), listed.stream().map(FrozenMinutes.Attendee::of).toList(),
                followUp.actions(), noteTaker, roll.bodies(), sheet.guests(), followUp.moreCarriedOver());
        Map<String, String> names = new LinkedHashMap<>();
        // a key Confluence no longer knows stays unresolved: "unknown user" is said in the reader's language
        unnamed.userKeys().stream().filter(users::exists).forEach(key -> names.put(key, users.fullName(key)));
        FrozenMinutes frozen = unnamed.withFullNames(names);
        int sequence = 1;
        for (MinutesSnapshotEntity earlier : ao.find(MinutesSnapshotEntity.class,
                Query.select("ID, SEQUENCE").where("MEETING_ID = ?", meetingId))) {
            sequence = Math.max(sequence, earlier.getSequence() + 1);
        }
        MinutesSnapshotEntity snapshot = ao.create(MinutesSnapshotEntity.class,
                new DBParam("MEETING_ID", meetingId),
                new DBParam("SEQUENCE", sequence),
                new DBParam("APPROVED_AT", approvedAt),
                new DBParam("CONTENT", frozen.json()));
        for (String key : frozen.userKeys()) {
            ao.create(MinutesPersonEntity.class, new DBParam("SNAPSHOT_ID", snapshot.getID()),
                    new DBParam("USER_KEY", key));
        }
        for (Integer memberId : frozen.memberIds()) {
            ao.create(MinutesPersonEntity.class, new DBParam("SNAPSHOT_ID", snapshot.getID()),
                    new DBParam("MEMBER_ID", memberId));
        }
        for (Integer guestId : frozen.guestIds()) {
            ao.create(MinutesPersonEntity.class, new DBParam("SNAPSHOT_ID", snapshot.getID()),
                    new DBParam("GUEST_ID", guestId));
        }
    }
}
