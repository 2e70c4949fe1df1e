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

    static final int ALL_OF_IT = 100;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    /**
     * The progress an action in this status stores, the one place that decides it: DONE is all of it (100 %),
     * whatever was asked; any other status keeps what was asked, none asked being 0 %.
     *
     * @param asked the percentage the client sent, or null
     */
    public int percentStored(Integer asked) {
        if (this == DONE) {
            return ALL_OF_IT;
        }
        return asked == null ? 0 : asked;
    }
}
