package org.samraad.action;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import org.samraad.platform.ReadOnlyMode;
import org.springframework.stereotype.Component;

/**
 * Sends the day's action reminders. Declared as a {@code <job-config>} with {@code perClusterJob="true"}
 * (RUN_ONCE_PER_CLUSTER), daily; idempotent (see {@link ActionReminders}), so running it again, by hand or after a
 * crash, sends only what has not gone out.
 */
@Component(ActionReminderJob.BEAN_NAME)
public class ActionReminderJob implements JobRunner {
    public static final String BEAN_NAME = "samraadActionReminderJob";

    private final ActionReminders reminders;
    private final ReadOnlyMode readOnlyMode;

    public ActionReminderJob(ActionReminders reminders, ReadOnlyMode readOnlyMode) {
        this.reminders = reminders;
        this.readOnlyMode = readOnlyMode;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (readOnlyMode.skips("action reminders")) {
            return JobRunnerResponse.aborted("Confluence is in read-only mode: no reminders sent");
        }
        ActionReminders.Outcome outcome = reminders.sendDue();
        return JobRunnerResponse.success("Queued " + outcome.digests() + " reminder e-mails about "
                + outcome.actions() + " action items");
    }
}
