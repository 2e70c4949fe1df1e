package org.samraad.plan;

/**
 * The council's own plan entries starting in the year (theme days, conferences, events): {@code held} started by
 * the cut-off, {@code planned} start later in the year. {@code days} counts the days the held ones lasted (a
 * two-day conference is two), {@code visitors} the visitors counted at the {@code counted} held entries that
 * recorded a number.
 */
public record ReportEvents(int held, int planned, int days, int visitors, int counted) {}
