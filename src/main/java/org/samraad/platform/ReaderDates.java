package org.samraad.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way a person is shown a day or a time, in en, da or sv. Java's own localized styles are not used: for
 * the bare {@code en} locale they give the US "December 9, 2026", and for {@code da} a medium style of "9. dec.
 * 2026" that councils do not write. The patterns follow the language review (shared/design/LANGUAGE-REVIEW.md
 * 4.3): prose says "9 March 2027" / "9. marts 2027" / "9 mars 2027"; tables say "9 Mar 2027" / "9.3.2027" /
 * "2027-03-09" (ISO suits Swedish tables); times are "16:00" in all three.
 *
 * <p>Machine-readable values ({@code datetime} attributes, JSON, CSV, {@code .ics}) stay ISO and never go
 * through this class.
 */
public final class ReaderDates {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    // made once: the formatters are immutable, and a view asks for them on every row it dates
    private static final ReaderDates DANISH = new ReaderDates(Locale.forLanguageTag("da"), "d. MMMM yyyy",
            "EEEE 'den' d. MMMM yyyy", "d.M.yyyy", "d. MMMM", " kl. ");
    private static final ReaderDates SWEDISH = new ReaderDates(Locale.forLanguageTag("sv"), "d MMMM yyyy",
            "EEEE d MMMM yyyy", "yyyy-MM-dd", "d MMMM", " kl. ");
    private static final ReaderDates ENGLISH = new ReaderDates(Locale.forLanguageTag("en-GB"), "d MMMM yyyy",
            "EEEE d MMMM yyyy", "d MMM yyyy", "d MMMM", ", ");

    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter weekdayDay;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter dayMonth;
    private final String at;

    private ReaderDates(Locale locale, String day, String weekdayDay, String shortDay, String dayMonth, String at) {
        this.locale = locale;
        this.day = DateTimeFormatter.ofPattern(day, locale);
        this.weekdayDay = DateTimeFormatter.ofPattern(weekdayDay, locale);
        this.shortDay = DateTimeFormatter.ofPattern(shortDay, locale);
        this.dayMonth = DateTimeFormatter.ofPattern(dayMonth, locale);
        this.at = at;
    }

    /** The formats of a language; anything but da and sv is English (the plugin's three languages). */
    public static ReaderDates of(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return switch (language) {
            case "da" -> DANISH;
            case "sv" -> SWEDISH;
            default -> ENGLISH;
        };
    }

    /** The formats of the language the reader's texts are in (the texts carry it, so a test's I18n agrees). */
    public static ReaderDates of(I18n i18n) {
        return of(i18n.readerLocale());
    }

    public Locale locale() {
        return locale;
    }

    /** A day in prose: "9 March 2027", "9. marts 2027", "9 mars 2027"; null stays null. */
    public String day(LocalDate date) {
        return date == null ? null : day.format(date);
    }

    /** A day with its weekday, for meetings: "Tuesday 9 March 2027", "tirsdag den 9. marts 2027". */
    public String weekdayDay(LocalDate date) {
        return date == null ? null : capitalised(weekdayDay.format(date));
    }

    /** A day in a table cell: "9 Mar 2027", "9.3.2027", "2027-03-09". */
    public String shortDay(LocalDate date) {
        return date == null ? null : shortDay.format(date);
    }

    /** A day within a year the reader already sees: "9 March", "9. marts", "9 mars". */
    public String dayMonth(LocalDate date) {
        return date == null ? null : dayMonth.format(date);
    }

    /** "16:00". */
    public String time(LocalTime time) {
        return time == null ? null : TIME.format(time);
    }

    /** "16:00–18:00", or "16:00" without an end. */
    public String timeSpan(LocalTime start, LocalTime end) {
        if (start == null) {
            return null;
        }
        return end == null ? time(start) : time(start) + "–" + time(end);
    }

    /** A moment in prose: "9 March 2027, 16:00", "9. marts 2027 kl. 16:00", "9 mars 2027 kl. 16:00". */
    public String dayTime(LocalDateTime moment) {
        return moment == null ? null : day(moment.toLocalDate()) + at + time(moment.toLocalTime());
    }

    /** A moment in the zone it is given in; callers pass it in the council's zone. */
    public String dayTime(ZonedDateTime moment) {
        return moment == null ? null : dayTime(moment.toLocalDateTime());
    }

    /** A moment in a table cell: "9 Mar 2027, 16:00", "9.3.2027 kl. 16:00", "2027-03-09 kl. 16:00". */
    public String shortDayTime(LocalDateTime moment) {
        return moment == null ? null : shortDay(moment.toLocalDate()) + at + time(moment.toLocalTime());
    }

    private String capitalised(String text) {
        // Danish and Swedish write weekdays in lower case mid-sentence; a line that starts with one needs a capital.
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
