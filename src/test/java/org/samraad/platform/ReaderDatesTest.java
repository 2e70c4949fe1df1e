package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.Test;

public class ReaderDatesTest {
    private static final LocalDate DAY = LocalDate.of(2027, 3, 9);

    @Test
    public void proseDaysAreWrittenOutInEachLanguageAndNeverUsStyle() {
        assertEquals("9 March 2027", ReaderDates.of(Locale.ENGLISH).day(DAY));
        assertEquals("9 March 2027", ReaderDates.of(Locale.US).day(DAY));
        assertEquals("9. marts 2027", ReaderDates.of(Locale.forLanguageTag("da")).day(DAY));
        assertEquals("9 mars 2027", ReaderDates.of(Locale.forLanguageTag("sv-SE")).day(DAY));
    }

    @Test
    public void tableDaysAreShortInTheLanguagesOwnWay() {
        assertEquals("9 Mar 2027", ReaderDates.of(Locale.ENGLISH).shortDay(DAY));
        assertEquals("9.3.2027", ReaderDates.of(Locale.forLanguageTag("da")).shortDay(DAY));
        assertEquals("2027-03-09", ReaderDates.of(Locale.forLanguageTag("sv")).shortDay(DAY));
    }

    @Test
    public void aMeetingDayNamesItsWeekdayAndAMomentItsTime() {
        assertEquals("Tuesday 9 March 2027", ReaderDates.of(Locale.ENGLISH).weekdayDay(DAY));
        assertEquals("Tirsdag den 9. marts 2027", ReaderDates.of(Locale.forLanguageTag("da")).weekdayDay(DAY));
        assertEquals("Tisdag 9 mars 2027", ReaderDates.of(Locale.forLanguageTag("sv")).weekdayDay(DAY));
        LocalDateTime moment = DAY.atTime(16, 0);
        assertEquals("9 March 2027, 16:00", ReaderDates.of(Locale.ENGLISH).dayTime(moment));
        assertEquals("9. marts 2027 kl. 16:00", ReaderDates.of(Locale.forLanguageTag("da")).dayTime(moment));
        assertEquals("16:00–18:00", ReaderDates.of(Locale.ENGLISH).timeSpan(LocalTime.of(16, 0), LocalTime.of(18, 0)));
    }

    @Test
    public void anAbsentDayStaysAbsent() {
        assertNull(ReaderDates.of(Locale.ENGLISH).day(null));
        assertNull(ReaderDates.of((Locale) null).dayTime((LocalDateTime) null));
    }

    @Test
    public void councilContentCarriesItsLanguageOnlyWhenTheReadersDiffers() {
        assertEquals(" lang=\"da\"", ContentLanguage.of("da", Locale.ENGLISH).attribute());
        assertEquals("", ContentLanguage.of("da_DK", Locale.forLanguageTag("da")).attribute());
        assertEquals(" lang=\"sv\"", ContentLanguage.of("sv", Locale.forLanguageTag("da")).attribute());
        assertEquals("", ContentLanguage.of(null, Locale.UK).attribute());
    }
}
