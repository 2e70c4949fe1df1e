package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Where the communication package records that a meeting's agenda went out: the moment its invitation dispatch
 * completed, whether or not every addressee had an e-mail address (the print pack covers the others). The first
 * dispatch counts; a repeated or retried one leaves the moment as it is. Going back to planned clears it
 * ({@link MeetingService}). "Agenda out on time" in the header, the REST meeting and the annual report is measured
 * from this moment, not from the publishing step.
 */
@Component
public class AgendaDispatchRecord {
    private final ActiveObjects ao;

    public AgendaDispatchRecord(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Records that the meeting's agenda was dispatched at {@code at}, unless an earlier dispatch was recorded; runs in
     * the dispatch's transaction. Returns the moment on record afterwards (null for an unknown meeting).
     */
    public Instant sent(int meetingId, Instant at) {
        MeetingEntity row = ao.get(MeetingEntity.class, meetingId);
        if (row == null) {
            return null;
        }
        Date recorded = row.getAgendaSentAt();
        if (recorded != null) {
            return recorded.toInstant();
        }
        row.setAgendaSentAt(Date.from(at));
        row.save();
        return at;
    }
}
