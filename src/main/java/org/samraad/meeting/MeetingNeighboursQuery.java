package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Date;
import java.util.Optional;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * The council's meeting before and after a given one (cancelled meetings left out), for the meeting header's
 * navigation: one statement each, whatever the number of meetings.
 */
@Component
public class MeetingNeighboursQuery {
    private static final String COLUMNS = "ID, PAGE_ID, TITLE, KIND, STATUS, STARTS_AT";

    private final ActiveObjects ao;

    public MeetingNeighboursQuery(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** What the navigation shows of a neighbouring meeting. */
    public record Neighbour(int id, Long pageId, String title, MeetingKind kind, java.time.Instant startsAt) {}

    public Optional<Neighbour> previous(Meeting meeting) {
        return one(meeting, "<", "STARTS_AT DESC, ID DESC");
    }

    public Optional<Neighbour> next(Meeting meeting) {
        return one(meeting, ">", "STARTS_AT, ID");
    }

    private Optional<Neighbour> one(Meeting meeting, String direction, String order) {
        Date startsAt = Date.from(meeting.startsAt().atZone(meeting.zoneId()).toInstant());
        MeetingEntity[] rows = ao.find(MeetingEntity.class, Query.select(COLUMNS)
                .where("COUNCIL_ID = ? AND STATUS <> ? AND (STARTS_AT " + direction + " ? OR (STARTS_AT = ? AND ID "
                        + direction + " ?))", meeting.councilId(), MeetingStatus.CANCELLED.name(), startsAt, startsAt,
                        meeting.id())
                .order(order).limit(1));
        if (rows.length == 0) {
            return Optional.empty();
        }
        MeetingEntity row = rows[0];
        return Optional.of(new Neighbour(row.getID(), row.getPageId(), row.getTitle(), MeetingKind.valueOf(row.getKind()),
                row.getStartsAt().toInstant()));
    }
}
