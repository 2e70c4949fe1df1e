package com.atlassian.scheduler;

/** Stand-in (atlassian-scheduler-api 4.1.0 [DF]). */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
