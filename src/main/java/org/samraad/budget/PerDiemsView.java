package org.samraad.budget;

import java.util.List;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;

/** What the per-diems macro's template gets: the meeting's list in the reader's language and its state in words. */
public record PerDiemsView(
        int meetingId,
        String domId,
        List<PerDiemLineView> items,
        String totalText,
        String statusText,
        boolean approved,
        boolean interactive,
        int version) {

    static PerDiemsView of(PerDiemList list, String domId, boolean interactive, I18n i18n) {
        String currency = list.currency();
        List<PerDiemLineView> items = list.items().stream().map(line -> new PerDiemLineView(line.name(),
                line.substitute() ? i18n.text("samraad.perdiem.macro.substitute") : null,
                line.km() == null ? null : String.valueOf(line.km()), Money.text(i18n, line.perDiem(), currency),
                Money.text(i18n, line.transport(), currency), Money.text(i18n, line.amount(), currency))).toList();
        String status = list.approved()
                ? i18n.text("samraad.perdiem.macro.approved", list.approvedByName(), list.approvedAt() == null ? ""
                        : ReaderDates.of(i18n).day(java.time.LocalDate.parse(list.approvedAt().toString().substring(0, 10))))
                : i18n.text("samraad.perdiem.macro.open");
        return new PerDiemsView(list.meetingId(), domId, items, i18n.text("samraad.perdiem.macro.total",
                Money.text(i18n, list.total(), currency)), status, list.approved(), interactive, list.version());
    }

    public boolean hasItems() {
        return !items.isEmpty();
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
