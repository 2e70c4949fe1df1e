package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class DateRuleTest {
    @Test
    public void daysFromTheYear2000ToTheEndOf2100AreAccepted() {
        Validation validation = new Validation();
        assertEquals(LocalDate.of(2000, 1, 1), validation.date("a", "2000-01-01"));
        assertEquals(LocalDate.of(2100, 12, 31), validation.date("b", " 2100-12-31 "));
        assertEquals(LocalDate.of(2026, 3, 12), validation.date("c", LocalDate.of(2026, 3, 12)));
        assertNull(validation.date("d", "  "));
        assertNull(validation.date("e", (String) null));
        validation.throwIfInvalid();
    }

    @Test
    public void daysOutsideTheRangeAreRefusedNeverChanged() {
        for (String day : List.of("9999-12-31", "2101-01-01", "1999-12-31", "0000-01-01", "1900-01-01")) {
            assertRangeError(day, new Validation().date("day", day));
        }
        for (LocalDate day : List.of(LocalDate.of(0, 1, 1), LocalDate.of(-1, 1, 1), LocalDate.of(10_000, 1, 1),
                LocalDate.MAX, LocalDate.MIN)) {
            List<FieldError> errors = new ArrayList<>();
            assertNull(DateRule.day("day", day, errors));
            assertEquals(List.of(FieldError.of("day", "samraad.error.date-range", "2000-01-01", "2100-12-31")), errors);
        }
    }

    @Test
    public void signedFiveDigitAndImpossibleDaysAreNotDates() {
        for (String day : List.of("-0001-01-01", "+10000-01-01", "+2026-03-12", "2026-02-30", "2026-3-12", "12.03.2026",
                "2026-03-12T10:00", "today")) {
            List<FieldError> errors = new ArrayList<>();
            assertNull(day, DateRule.day("day", day, errors));
            assertEquals(day, List.of(FieldError.of("day", "samraad.error.date")), errors);
        }
    }

    @Test
    public void timesAreWallClockTimes() {
        Validation validation = new Validation();
        assertEquals(LocalTime.of(17, 0), validation.time("start", "17:00"));
        assertNull(validation.time("end", "25:00"));
        assertEquals(List.of(FieldError.of("end", "samraad.error.time")), TextRuleTest.expect(validation).errors());
    }

    @Test
    public void yearsFollowTheSameRangeWithTheBoundsAsText() {
        assertEquals(Integer.valueOf(2026), new Validation().year("year", "2026", 2026));
        for (String year : List.of("1999", "2101", "0", "-1", "10000", "next", "20 26")) {
            List<FieldError> errors = new ArrayList<>();
            assertNull(year, DateRule.year("year", year, DateRule.LAST_YEAR, errors));
            assertEquals(year, List.of(FieldError.of("year", "samraad.error.year", "2000", "2100")), errors);
        }
        List<FieldError> errors = new ArrayList<>();
        assertNull(DateRule.year("year", "2027", 2026, errors));
        assertEquals(List.of(FieldError.of("year", "samraad.error.year", "2000", "2026")), errors);
        assertEquals(List.of(FieldError.of("year", "samraad.error.year", "2000", "2100")),
                TextRuleTest.expect(new Validation().year("year", 9999)).errors());
    }

    private static void assertRangeError(String day, LocalDate parsed) {
        assertNull(day, parsed);
    }
}
