package org.samraad.plan;

import org.samraad.meeting.AgendaItemKind;

/** How many agenda items of one kind the year's meetings had. */
public record ReportKindCount(AgendaItemKind kind, int count) {}
