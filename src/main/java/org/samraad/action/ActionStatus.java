package org.samraad.action;

/**
 * Where an action stands. DONE and CANCELLED close it: a closed action keeps what it said when it was closed,
 * and only an explicit reopen (status back to OPEN or IN_PROGRESS) makes it editable again.
 */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
