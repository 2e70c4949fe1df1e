package org.samraad.meeting;

/** What sort of gathering a meeting is; it picks the blueprint's standing items and the page title's words. */
public enum MeetingKind {
    ORDINARY,
    EXTRAORDINARY,
    DIALOGUE,
    THEME_DAY
}
