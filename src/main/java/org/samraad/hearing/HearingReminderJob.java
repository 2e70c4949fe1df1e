package org.samraad.hearing;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import org.samraad.platform.ReadOnlyMode;
import org.springframework.stereotype.Component;

/**
 * Sends the day's hearing deadline reminders. Declared as a {@code <job-config>} with {@code perClusterJob="true"}
 * (RUN_ONCE_PER_CLUSTER), daily; idempotent (see {@link HearingReminders}), so running it again sends only what has
 * not gone out.
 */
@Component(HearingReminderJob.BEAN_NAME)
public class HearingReminderJob implements JobRunner {
    public static final String BEAN_NAME = "samraadHearingReminderJob";

    private final HearingReminders reminders;
    private final ReadOnlyMode readOnlyMode;

    public HearingReminderJob(HearingReminders reminders, ReadOnlyMode readOnlyMode) {
        this.reminders = reminders;
        this.readOnlyMode = readOnlyMode;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (readOnlyMode.skips("hearing reminders")) {
            return JobRunnerResponse.aborted("Confluence is in read-only mode: no reminders sent");
        }
        HearingReminders.Outcome outcome = reminders.sendDue();
        return JobRunnerResponse.success("Queued " + outcome.digests() + " reminder e-mails about "
                + outcome.hearings() + " hearing deadlines");
    }
}
