package org.samraad.hearing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;

/**
 * One line of a hearing's history as the response page shows it under the steps: what happened (registered, moved
 * to a step, the response sent, declined, the responsible person changed, the deadline moved), who (already named
 * by the member list's rule) and when, in the reader's language and the council's zone.
 *
 * @param at ISO date-time for the {@code time} element
 * @param when the same, formatted for the reader
 */
public record HearingHistoryLineView(String text, String by, String at, String when, String note) {

    static List<HearingHistoryLineView> of(List<HearingEvent> events, ZoneId zone, I18n i18n) {
        ReaderDates days = ReaderDates.of(i18n);
        return events.stream().map(e -> {
            ZonedDateTime at = e.at().atZone(zone);
            return new HearingHistoryLineView(text(e, days, i18n), e.by(), at.toOffsetDateTime().toString(),
                    days.dayTime(at), e.note());
        }).toList();
    }

    static String text(HearingEvent e, ReaderDates days, I18n i18n) {
        if (HearingEvent.RESPONSIBLE.equals(e.kind())) {
            return i18n.text("samraad.hearing.history.responsible");
        }
        if (HearingEvent.DEADLINE.equals(e.kind())) {
            String[] ends = e.detail() == null ? new String[] {"..", ".."} : e.detail().split("/", 2);
            String from = day(ends[0], days);
            String to = day(ends.length > 1 ? ends[1] : "..", days);
            return from == null ? i18n.text("samraad.hearing.history.deadline-set", to == null ? "" : to)
                    : i18n.text("samraad.hearing.history.deadline", from, to == null ? "" : to);
        }
        if (e.from() == null) {
            return i18n.text("samraad.hearing.history.registered");
        }
        return switch (e.to()) {
            case SUBMITTED -> i18n.text("samraad.hearing.history.submitted");
            case DECLINED -> i18n.text("samraad.hearing.history.declined");
            default -> i18n.text("samraad.hearing.history.moved", i18n.text("samraad.hearing.status." + e.to().name()));
        };
    }

    private static String day(String iso, ReaderDates days) {
        return iso == null || "..".equals(iso) ? null : days.day(LocalDate.parse(iso));
    }
}
