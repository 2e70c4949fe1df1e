package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.samraad.platform.ValidationException;

/** The register's filters are read by one set of rules, whether they come from a REST query or macro parameters. */
public class ActionFilterTextTest {

    @Test
    public void anIdIsAWholeNumberOfOneOrMoreAndBlankMeansNotGiven() {
        assertEquals(ActionFilterText.Reading.of(7), ActionFilterText.id(" 7 "));
        assertEquals(ActionFilterText.Reading.of(null), ActionFilterText.id("  "));
        assertFalse(ActionFilterText.id("0").readable());
        assertFalse(ActionFilterText.id("sju").readable());
    }

    @Test
    public void statusesAreCommaListsWhoseBlanksAreSkippedAndAnyUnknownNameIsUnreadable() {
        ActionFilterText.Reading<Set<ActionStatus>> read = ActionFilterText.statuses(List.of("open, ,DONE", "cancelled"));
        assertEquals(EnumSet.of(ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.CANCELLED), read.value());
        assertTrue(read.readable());
        assertFalse(ActionFilterText.statuses(List.of("OPEN,HELD")).readable());
        assertEquals(Set.of(), ActionFilterText.statuses(null).value());
    }

    @Test
    public void overdueIsTrueOrFalseInAnyCaseAndFalseWhenNotGiven() {
        assertEquals(ActionFilterText.Reading.of(true), ActionFilterText.overdue(" TRUE "));
        assertEquals(ActionFilterText.Reading.of(false), ActionFilterText.overdue(null));
        assertFalse(ActionFilterText.overdue("yes").readable());
    }

    @Test
    public void dueWithinDaysRunsFromZeroToTenYears() {
        assertEquals(ActionFilterText.Reading.of(0), ActionFilterText.dueWithinDays("0"));
        assertEquals(ActionFilterText.Reading.of(ActionFilter.MAX_DAYS),
                ActionFilterText.dueWithinDays(String.valueOf(ActionFilter.MAX_DAYS)));
        assertFalse(ActionFilterText.dueWithinDays(String.valueOf(ActionFilter.MAX_DAYS + 1)).readable());
        assertFalse(ActionFilterText.dueWithinDays("-1").readable());
        assertNull(ActionFilterText.dueWithinDays("").value());
    }

    @Test
    public void theRestQueryRefusesWhatTheSharedReadingCannotRead() {
        ValidationException e = org.junit.Assert.assertThrows(ValidationException.class, () -> ActionFilter.parse(
                "0", null, null, List.of("HELD"), "yes", "3651", null, null, null, null));
        assertEquals(List.of("councilId", "status", "overdue", "dueWithinDays"),
                e.errors().stream().map(error -> error.field()).toList());
        ActionFilter read = ActionFilter.parse(" 3 ", null, " @me ", List.of("open"), "True", "14", null, null, null,
                null);
        assertEquals(Integer.valueOf(3), read.councilId());
        assertEquals(ActionFilter.ME, read.owner());
        assertEquals(Set.of(ActionStatus.OPEN), read.statuses());
        assertTrue(read.overdue());
        assertEquals(Integer.valueOf(14), read.dueWithinDays());
    }
}
