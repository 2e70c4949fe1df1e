package org.samraad.plan;

import java.util.List;
import org.samraad.platform.I18n;

/**
 * What the getting-started template shows: a heading, how many of the four jobs are done, and each job with whether
 * it is done (in words, not only a tick) and, while it is not, where on the page it is done. Texts in the council's
 * language.
 */
public record GettingStartedView(String domId, String heading, String progress, List<GettingStartedItemView> items) {

    /** The anchors the space home's macros print where each job is done. */
    static final String SEATS_ANCHOR = "samraad-seats";
    static final String MEMBERS_ANCHOR = "samraad-new-member";
    static final String PLAN_ANCHOR = "samraad-plan-the-year";

    public GettingStartedView {
        items = List.copyOf(items);
    }

    static GettingStartedView of(GettingStartedCounts counts, int year, String domId, I18n i18n) {
        List<GettingStartedItemView> items = List.of(
                item("seats", counts.seatsDone(), SEATS_ANCHOR, i18n, null),
                item("members", counts.membersDone(), MEMBERS_ANCHOR, i18n, null),
                item("plan", counts.yearPlanned(), PLAN_ANCHOR, i18n, year),
                item("meeting", counts.firstMeetingDone(), PLAN_ANCHOR, i18n, null));
        long done = items.stream().filter(GettingStartedItemView::done).count();
        return new GettingStartedView(domId, i18n.text("samraad.start.heading"),
                i18n.text("samraad.start.progress", done, items.size()), items);
    }

    private static GettingStartedItemView item(String key, boolean done, String anchor, I18n i18n, Integer year) {
        String label = year == null ? i18n.text("samraad.start." + key) : i18n.text("samraad.start." + key, String.valueOf(year));
        return new GettingStartedItemView(key, label, done, i18n.text(done ? "samraad.start.done" : "samraad.start.todo"),
                done ? null : "#" + anchor, done ? null : i18n.text("samraad.start." + key + ".help"));
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
