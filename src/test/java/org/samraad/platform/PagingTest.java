package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Every list reads limit and offset by one rule; a list chooses only its default and what a too large limit does. */
public class PagingTest {
    private static final Paging.Rule LOWERING = Paging.Rule.lowering("action", 50);
    private static final Paging.Rule REFUSING = Paging.Rule.refusing("hearing", 50);

    @Test
    public void blankMeansTheDefaultLimitFromTheStart() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(new Paging(50, 0), Paging.read(" ", null, LOWERING, errors));
        assertEquals(new Paging(100, 0), Paging.read(null, "", Paging.Rule.lowering("organisation", 100), errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    public void numbersMayHaveSurroundingSpace() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(new Paging(20, 40), Paging.read(" 20 ", " 40", LOWERING, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    public void aLimitAboveTheMaximumIsLoweredToItOrRefusedWithTheMaximumNamed() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(Paging.MAX_LIMIT, Paging.read("100000", null, LOWERING, errors).limit());
        assertTrue(errors.isEmpty());
        Paging.read("501", null, REFUSING, errors);
        assertEquals(List.of(FieldError.of("limit", "samraad.hearing.error.limit", 500)), errors);
    }

    @Test
    public void aLimitBelowOneAndANegativeOrUnreadableOffsetAreFieldErrorsOfTheList() {
        List<FieldError> errors = new ArrayList<>();
        Paging.read("0", "-1", LOWERING, errors);
        Paging.read("ti", "fem", LOWERING, errors);
        assertEquals(List.of(FieldError.of("limit", "samraad.action.error.limit"),
                FieldError.of("offset", "samraad.action.error.offset"),
                FieldError.of("limit", "samraad.action.error.limit"),
                FieldError.of("offset", "samraad.action.error.offset")), errors);
    }
}
