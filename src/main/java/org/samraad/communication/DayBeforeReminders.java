package org.samraad.communication;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import net.java.ao.Query;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilZone;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.springframework.stereotype.Component;

/**
 * The day before a meeting whose agenda has gone out, its members and guests are reminded of it (when the council
 * has not turned the reminder off): tomorrow in the council's zone. One meeting per transaction; the dispatch log's
 * unique keys make a second run, a restart or another node send nothing twice.
 */
@Component
public class DayBeforeReminders {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final MeetingDispatch dispatch;
    private final CommunicationSettings settings;
    private final TimeSource time;

    public DayBeforeReminders(@ComponentImport ActiveObjects ao, Transactions transactions, MeetingDispatch dispatch,
            CommunicationSettings settings, TimeSource time) {
        this.ao = ao;
        this.transactions = transactions;
        this.dispatch = dispatch;
        this.settings = settings;
        this.time = time;
    }

    /** Sends the due reminders; returns the mails queued. */
    public int sendDue() {
        Instant now = time.now();
        // tomorrow in any zone lies within the next three days: candidates, then each council's own tomorrow
        MeetingEntity[] candidates = ao.find(MeetingEntity.class, Query.select()
                .where("STATUS = ? AND STARTS_AT >= ? AND STARTS_AT < ?", MeetingStatus.AGENDA_PUBLISHED.name(),
                        Date.from(now), Date.from(now.plus(Duration.ofDays(3))))
                .order("STARTS_AT, ID"));
        int queued = 0;
        for (MeetingEntity meeting : candidates) {
            CouncilEntity council = ao.get(CouncilEntity.class, meeting.getCouncilId());
            if (council == null || !settings.dayBeforeReminder(council.getID())) {
                continue;
            }
            LocalDate tomorrow = CouncilZone.today(now, council.getLocale()).plusDays(1);
            LocalDate day = LocalDate.ofInstant(meeting.getStartsAt().toInstant(),
                    CouncilZone.forLocale(council.getLocale()));
            if (day.equals(tomorrow)) {
                int id = meeting.getID();
                int version = meeting.getVersion();
                queued += transactions.inTransaction(() -> dispatch.send(id, DispatchKind.DAY_BEFORE, version).queued());
            }
        }
        return queued;
    }
}
