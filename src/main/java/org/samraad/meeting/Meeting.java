package org.samraad.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.rest.Iso8601;

/**
 * A meeting as it leaves the services: immutable, times as wall-clock times in the council's zone (what the
 * agenda prints and people type), deadlines as calendar days, lifecycle moments as instants.
 *
 * @param noteTaker the member id of who takes the notes, or null
 * @param noteTakerName that member as the caller may see them (the member list's rule): the name, "name not
 *     published" or "former member"; null without a note-taker, and in a meeting not yet shown to a caller
 * @param jointCouncilIds the other councils the meeting is held with (a joint meeting), none for a meeting of its
 *     council alone
 */
public record Meeting(
        int id,
        int councilId,
        Long pageId,
        String title,
        MeetingKind kind,
        MeetingStatus status,
        @Iso8601 LocalDateTime startsAt,
        @Iso8601 LocalDateTime endsAt,
        String zone,
        String place,
        boolean openToPublic,
        @Iso8601 LocalDate requestDeadline,
        @Iso8601 LocalDate dispatchDeadline,
        @Iso8601 LocalDate minutesTarget,
        @Iso8601 Instant agendaPublishedAt,
        @Iso8601 Instant agendaSentAt,
        @Iso8601 Instant minutesApprovedAt,
        String minutesApprovedBy,
        @Iso8601 Instant minutesReopenedAt,
        String minutesReopenedBy,
        String minutesReopenReason,
        @Iso8601 Instant minutesPublishedAt,
        int version,
        Integer noteTaker,
        String noteTakerName,
        List<Integer> jointCouncilIds,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Guest> guests) {

    public Meeting {
        jointCouncilIds = jointCouncilIds == null ? List.of() : List.copyOf(jointCouncilIds);
    }

    /** "12,15" as stored → [12, 15]; what is not a number is left out (a row written by hand). */
    static List<Integer> jointCouncilIds(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<Integer> ids = new java.util.ArrayList<>();
        for (String part : stored.split(",")) {
            try {
                ids.add(Integer.valueOf(part.trim()));
            } catch (NumberFormatException e) {
                // not an id: ignored
            }
        }
        return ids;
    }

    /** [12, 15] → "12,15"; null for none. */
    static String jointCouncilIds(List<Integer> ids) {
        return ids == null || ids.isEmpty() ? null
                : ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    /** Held with other councils. */
    public boolean joint() {
        return !jointCouncilIds.isEmpty();
    }

    public static Meeting of(MeetingEntity row, ZoneId zone) {
        return new Meeting(
                row.getID(),
                row.getCouncilId(),
                row.getPageId(),
                row.getTitle(),
                MeetingKind.valueOf(row.getKind()),
                MeetingStatus.valueOf(row.getStatus()),
                local(row.getStartsAt(), zone),
                local(row.getEndsAt(), zone),
                zone.getId(),
                row.getPlace(),
                row.isOpenToPublic(),
                CalendarDays.toDay(row.getRequestDeadline()),
                CalendarDays.toDay(row.getDispatchDeadline()),
                CalendarDays.toDay(row.getMinutesTarget()),
                CalendarDays.toInstant(row.getAgendaPublishedAt()),
                CalendarDays.toInstant(row.getAgendaSentAt()),
                CalendarDays.toInstant(row.getMinutesApprovedAt()),
                row.getMinutesApprovedBy(),
                CalendarDays.toInstant(row.getMinutesReopenedAt()),
                row.getMinutesReopenedBy(),
                row.getMinutesReopenReason(),
                CalendarDays.toInstant(row.getMinutesPublishedAt()),
                row.getVersion(),
                row.getNoteTakerMemberId(),
                null,
                jointCouncilIds(row.getJointCouncilIds()),
                null);
    }

    /** The same meeting naming other user keys as approver and reopener of its minutes (null: not shown). */
    Meeting withMinutesSigners(String approvedBy, String reopenedBy) {
        return new Meeting(id, councilId, pageId, title, kind, status, startsAt, endsAt, zone, place, openToPublic,
                requestDeadline, dispatchDeadline, minutesTarget, agendaPublishedAt, agendaSentAt, minutesApprovedAt, approvedBy,
                minutesReopenedAt, reopenedBy, minutesReopenReason, minutesPublishedAt, version, noteTaker,
                noteTakerName, jointCouncilIds, guests);
    }

    /** The same meeting with its note-taker named as a caller may see them. */
    Meeting withNoteTakerName(String name) {
        return new Meeting(id, councilId, pageId, title, kind, status, startsAt, endsAt, zone, place, openToPublic,
                requestDeadline, dispatchDeadline, minutesTarget, agendaPublishedAt, agendaSentAt, minutesApprovedAt,
                minutesApprovedBy, minutesReopenedAt, minutesReopenedBy, minutesReopenReason, minutesPublishedAt,
                version, noteTaker, noteTaker == null ? null : name, jointCouncilIds, guests);
    }

    /**
     * The same meeting with its invited guests as the reader may see them ({@link Guest}'s rule): what
     * {@code GET /meetings/{id}} answers; elsewhere the guests are null and left out.
     */
    Meeting withGuests(List<Guest> shown) {
        return new Meeting(id, councilId, pageId, title, kind, status, startsAt, endsAt, zone, place, openToPublic,
                requestDeadline, dispatchDeadline, minutesTarget, agendaPublishedAt, agendaSentAt, minutesApprovedAt,
                minutesApprovedBy, minutesReopenedAt, minutesReopenedBy, minutesReopenReason, minutesPublishedAt,
                version, noteTaker, noteTakerName, jointCouncilIds, shown == null ? null : List.copyOf(shown));
    }

    static LocalDateTime local(Date instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.toInstant(), zone);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /**
     * Key figure: the agenda went out by the dispatch deadline (days in the council's zone), measured from its
     * dispatch, not from the publishing step; null while nothing has gone out (a published agenda whose dispatch
     * failed included) or there is no deadline.
     */
    @JsonProperty("agendaOnTime")
    public Boolean agendaOnTime() {
        return onOrBefore(agendaSentAt, dispatchDeadline);
    }

    /** Key figure: the minutes were approved by the minutes target; null while they are not approved. */
    @JsonProperty("minutesOnTime")
    public Boolean minutesOnTime() {
        return onOrBefore(minutesApprovedAt, minutesTarget);
    }

    private Boolean onOrBefore(Instant moment, LocalDate day) {
        if (moment == null || day == null) {
            return null;
        }
        return !LocalDate.ofInstant(moment, zoneId()).isAfter(day);
    }
}
