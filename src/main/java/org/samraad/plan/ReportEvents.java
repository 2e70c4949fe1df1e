package org.samraad.plan;

import java.util.List;

/**
 * The council's own plan entries starting in the year (theme days, conferences, events): {@code held} started by
 * the cut-off, {@code planned} start later in the year. {@code days} counts the days the held ones lasted (a
 * two-day conference is two), {@code visitors} the visitors counted at the {@code counted} held entries that
 * recorded a number. {@code items} lists the theme days, conferences and events one by one, by start.
 */
public record ReportEvents(int held, int planned, int days, int visitors, int counted, List<ReportEvent> items) {

    public ReportEvents {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
