package org.samraad.meeting;

/**
 * Who an agenda is laid out for. Insiders (space administrators and serving council members) see everything.
 * Other readers see a closed item as "closed item" with its number and time, and a closed attachment as its number
 * only: numbers and times stay the same for everyone, so the minutes can refer to "item 5" and "Bilag 3". The
 * public view (for publication) leaves closed items and closed attachments out altogether and numbers and times
 * what remains, so nothing shows that they exist; it names only presenters who are council members and consented.
 */
public enum AgendaAudience {
    INSIDER,
    OUTSIDER,
    PUBLIC;

    static AgendaAudience of(MeetingContext context) {
        return context.viewer().insider() ? INSIDER : OUTSIDER;
    }
}
