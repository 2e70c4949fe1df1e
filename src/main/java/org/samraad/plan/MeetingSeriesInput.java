package org.samraad.plan;

import java.util.List;

/**
 * A series of meetings to plan in one go, on one of two patterns:
 * <ul>
 * <li>{@code MONTHLY}: the {@code week}-th {@code weekday} of each of {@code months} in {@code year}, e.g. the second
 *     Tuesday of March, June, September and December;
 * <li>{@code WEEKLY}: {@code count} meetings every {@code everyWeeks} weeks from {@code firstDate}.
 * </ul>
 * Every meeting gets the same kind, times, place and openness; titles follow the council's pattern.
 *
 * @param week 1, 2, 3, 4 or LAST
 * @param weekday MONDAY … SUNDAY
 * @param year blank: next year in the council's zone
 */
public record MeetingSeriesInput(
        String pattern,
        Integer year,
        List<Integer> months,
        String week,
        String weekday,
        String firstDate,
        Integer everyWeeks,
        Integer count,
        String startTime,
        String endTime,
        String kind,
        String place,
        Boolean openToPublic) {}
