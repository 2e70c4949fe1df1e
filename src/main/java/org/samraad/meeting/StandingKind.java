package org.samraad.meeting;

/**
 * The standing items a meeting page starts with, in this order (any other business comes last, after the
 * ordinary items). FOLLOW_UP shows the council's open action items: the carry-over from earlier meetings.
 */
public enum StandingKind {
    APPROVE_AGENDA,
    APPROVE_MINUTES,
    FOLLOW_UP,
    AOB
}
