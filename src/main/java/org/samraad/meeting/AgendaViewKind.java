package org.samraad.meeting;

import java.util.Locale;

/**
 * What the agenda macro shows. AGENDA: before the meeting (case presentation, recommendation, attachments).
 * MINUTES: also decisions, dissenting opinions and the actions each item gave. EASY_READ: the easy-read summaries,
 * plainly. PUBLIC: the minutes for publication (see {@link AgendaAudience#PUBLIC}). AUTO: what a meeting page
 * shows, the agenda until the meeting is held and the minutes from then on, so one page serves the whole meeting.
 * CLOSED: the closed items of approved minutes in full, for insiders only (nothing for others): the one live part of a
 * meeting page whose approved minutes are written into the page ({@link MinutesPageBody}).
 */
public enum AgendaViewKind {
    AGENDA("agenda"),
    MINUTES("minutes"),
    EASY_READ("easy-read"),
    PUBLIC("public"),
    AUTO("auto"),
    CLOSED("closed");

    private final String parameter;

    AgendaViewKind(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The view named by the macro parameter (any case), AGENDA when blank, null when unknown. */
    static AgendaViewKind byParameter(String value) {
        if (value == null || value.isBlank()) {
            return AGENDA;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (AgendaViewKind kind : values()) {
            if (kind.parameter.equals(wanted)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The view for a meeting in the given status: AUTO becomes AGENDA or MINUTES, the others stay. Someone who may
     * not see the record yet ({@link MeetingDisclosure#record()}) gets the agenda until the minutes are approved.
     */
    AgendaViewKind forStatus(MeetingStatus status, boolean record) {
        if (this != AUTO) {
            return this;
        }
        if (!record) {
            return AGENDA;
        }
        return switch (status) {
            case HELD, MINUTES_APPROVED, PUBLISHED -> MINUTES;
            case PLANNED, AGENDA_PUBLISHED, CANCELLED -> AGENDA;
        };
    }

    boolean showsDecisions() {
        return this == MINUTES || this == PUBLIC;
    }
}
