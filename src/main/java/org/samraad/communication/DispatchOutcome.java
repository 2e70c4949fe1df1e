package org.samraad.communication;

/** What became of one recipient's share of a dispatch. */
public enum DispatchOutcome {
    /** The mail is on Confluence's mail queue. */
    QUEUED,
    /** No e-mail address: the recipient is on the dispatch's print pack. */
    NO_ADDRESS
}
