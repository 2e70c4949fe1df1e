package org.samraad.meeting;

/** What an agenda item asks of the meeting; STANDING marks the items every meeting has (see {@link StandingKind}). */
public enum AgendaItemKind {
    INFORMATION,
    DISCUSSION,
    DECISION,
    HEARING,
    STANDING
}
