package org.samraad.communication;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import org.samraad.platform.ReadOnlyMode;
import org.springframework.stereotype.Component;

/**
 * Sends the day-before meeting reminders. Declared as a {@code <job-config>} with {@code perClusterJob="true"}
 * (RUN_ONCE_PER_CLUSTER), daily; idempotent (see {@link DayBeforeReminders}).
 */
@Component(DayBeforeReminderJob.BEAN_NAME)
public class DayBeforeReminderJob implements JobRunner {
    public static final String BEAN_NAME = "samraadMeetingDayBeforeJob";

    private final DayBeforeReminders reminders;
    private final ReadOnlyMode readOnlyMode;

    public DayBeforeReminderJob(DayBeforeReminders reminders, ReadOnlyMode readOnlyMode) {
        this.reminders = reminders;
        this.readOnlyMode = readOnlyMode;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (readOnlyMode.skips("meeting reminders")) {
            return JobRunnerResponse.aborted("Confluence is in read-only mode: no reminders sent");
        }
        return JobRunnerResponse.success("Queued " + reminders.sendDue() + " day-before meeting reminders");
    }
}
