package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.Query;
import org.samraad.platform.ConfirmationRequiredException;
import org.samraad.platform.ConfirmationRequiredException.Reason;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Validation;
import org.springframework.stereotype.Component;

/**
 * The steps of a meeting's life that ask the secretariat to confirm first (409 until sent with {@code confirm}):
 * marking a meeting held before it has started, and approving minutes with something missing — attendance not
 * recorded, a decision item without a decision, and whatever the registered {@link MinutesCheck}s report.
 */
@Component
public class MeetingStepChecks {
    private final ActiveObjects ao;
    private final List<MinutesCheck> checks;
    private final I18n i18n;
    private final TimeSource time;

    public MeetingStepChecks(@ComponentImport ActiveObjects ao, List<MinutesCheck> checks, I18n i18n, TimeSource time) {
        this.ao = ao;
        this.checks = List.copyOf(checks);
        this.i18n = i18n;
        this.time = time;
    }

    /** Refuses an unconfirmed step that needs confirming; inside the step's transaction. */
    void requireConfirmation(Meeting meeting, MeetingStatus to, boolean confirmed) {
        if (confirmed) {
            return;
        }
        if (to == MeetingStatus.HELD && !MeetingLifecycle.isReopen(meeting.status(), to)) {
            notStarted(meeting);
        } else if (to == MeetingStatus.MINUTES_APPROVED) {
            List<Reason> missing = missingFromMinutes(meeting);
            if (!missing.isEmpty()) {
                throw new ConfirmationRequiredException("samraad.meeting.confirm.minutes-incomplete", missing);
            }
        }
    }

    private void notStarted(Meeting meeting) {
        if (meeting.startsAt() == null
                || !time.now().isBefore(meeting.startsAt().atZone(meeting.zoneId()).toInstant())) {
            return;
        }
        String start = ReaderDates.of(i18n).dayTime(meeting.startsAt());
        throw new ConfirmationRequiredException("samraad.meeting.confirm.held-early",
                List.of(Reason.of("NOT_STARTED", "samraad.meeting.confirm.not-started", start)));
    }

    /** What the minutes lack, in agenda order, then what the other features report. */
    List<Reason> missingFromMinutes(Meeting meeting) {
        List<Reason> missing = new ArrayList<>();
        if (ao.count(AttendanceEntity.class, Query.select().where("MEETING_ID = ?", meeting.id())) == 0) {
            missing.add(Reason.of("ATTENDANCE", "samraad.meeting.confirm.no-attendance"));
        }
        AgendaItemEntity[] rows = ao.find(AgendaItemEntity.class,
                Query.select().where("MEETING_ID = ?", meeting.id()).order("SORT_ORDER, ID"));
        List<MinutesCheck.MinutesItem> items = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            AgendaItemEntity row = rows[i];
            items.add(new MinutesCheck.MinutesItem(row.getID(), i + 1, row.getTitle(),
                    Validation.parse(row.getKind(), AgendaItemKind.class), row.getHearingId(),
                    !Validation.isBlank(row.getDecision())));
        }
        for (MinutesCheck.MinutesItem item : items) {
            if (item.kind() == AgendaItemKind.DECISION && !item.decided()) {
                missing.add(Reason.about("DECISION", item.id(), item.number(), item.title(),
                        "samraad.meeting.confirm.no-decision", item.number(), item.title()));
            }
        }
        for (MinutesCheck check : checks) {
            missing.addAll(check.beforeApproval(meeting.councilId(), items));
        }
        return missing;
    }
}
