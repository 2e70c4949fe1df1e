package com.atlassian.scheduler.status;

/** Stand-in (atlassian-scheduler-api 4.1.0 [DF]). */
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
