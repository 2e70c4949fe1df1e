package org.samraad.meeting;

/**
 * Who an agenda is laid out for. Insiders (space administrators and serving council members) see everything.
 * Other readers, and the public view (for publication), see a closed item as "closed item" with its number and
 * time, and a closed attachment as its number only: numbers and times stay the same for everyone, so the minutes
 * and the published page can both refer to "item 5" and "Bilag 3". The public view names only presenters who are
 * council members and consented. When each audience sees the items at all is {@link MeetingDisclosure}'s rule.
 */
public enum AgendaAudience {
    INSIDER,
    OUTSIDER,
    PUBLIC;

    static AgendaAudience of(MeetingContext context) {
        return context.viewer().insider() ? INSIDER : OUTSIDER;
    }
}
