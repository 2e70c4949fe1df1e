package org.samraad.hearing;

import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;

/** A hearing's days as the reader reads them ("9 March 2027"); the view keeps them ISO for datetime attributes. */
public record HearingDaysView(String receivedOn, String deadline, String submittedOn, String reviewDate) {
    static HearingDaysView of(Hearing h, I18n i18n) {
        ReaderDates dates = ReaderDates.of(i18n);
        return new HearingDaysView(dates.day(h.receivedOn()), dates.day(h.deadline()), dates.day(h.submittedOn()),
                dates.day(h.reviewDate()));
    }
}
