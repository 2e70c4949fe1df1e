package org.samraad.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.samraad.platform.rest.Iso8601;

/**
 * That an annual report is the final version its council's secretariat made of it, and when.
 *
 * @param sequence 1 for the first final version of the year, 2 after it was made final again, …
 * @param finalisedOn the council's day it was made final
 */
public record ReportFinal(int sequence, @Iso8601 Instant finalisedAt, @Iso8601 LocalDate finalisedOn) {}
