package org.samraad.action;

/** The two reminders an action gets per due date: once before it (within the council's days), once after it. */
public enum ReminderKind {
    DUE_SOON("DueReminderAt"),
    OVERDUE("OverdueReminderAt");

    private final String markProperty;

    ReminderKind(String markProperty) {
        this.markProperty = markProperty;
    }

    /** The AO property holding when this reminder went out. */
    String markProperty() {
        return markProperty;
    }
}
