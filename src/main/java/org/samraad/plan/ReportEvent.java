package org.samraad.plan;

import java.time.LocalDate;
import org.samraad.platform.rest.Iso8601;

/**
 * One theme day, conference or event of the council's own plan in the report's year: what, where, from which day
 * to which (null: one day), and the visitors counted (null: not counted).
 *
 * @param held it started by the report's day
 */
public record ReportEvent(
        int id,
        PlanEntryKind kind,
        String title,
        @Iso8601 LocalDate startDate,
        @Iso8601 LocalDate endDate,
        String place,
        Integer visitors,
        boolean held) {}
