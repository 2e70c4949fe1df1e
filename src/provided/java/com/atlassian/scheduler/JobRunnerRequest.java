package com.atlassian.scheduler;

import java.util.Date;

/** Stand-in (atlassian-scheduler-api 4.1.0 [DF]); getJobId/getJobConfig are not used and left out. */
public interface JobRunnerRequest {
    Date getStartTime();

    boolean isCancellationRequested();
}
