package org.samraad.hearing;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.samraad.council.Council;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;

/**
 * What the hearing register template shows; plain values only (every getter it calls is on the Velocity
 * allowlist), texts in the reader's language.
 *
 * @param domId prefix for the element ids of this macro on the page
 * @param rateText the year's answered-on-time rate in words
 * @param lang the council's language for the hearings' titles when the reader's differs (their {@code lang}); else null
 */
public record HearingsView(
        int councilId,
        String domId,
        String heading,
        String caption,
        String shownText,
        String rateText,
        List<HearingLineView> lines,
        String lang) {

    public HearingsView {
        lines = List.copyOf(lines);
    }

    public boolean hasLines() {
        return !lines.isEmpty();
    }

    static HearingsView of(Council council, HearingRegister register, String domId, LongFunction<String> pageLink,
            I18n i18n) {
        String unreached = i18n.text("samraad.hearing.macro.unreached");
        List<HearingLineView> lines = register.items().stream()
                .map(h -> line(h, pageLink, i18n, register.unreached().contains(h.id()) ? unreached : null)).toList();
        OnTimeRate rate = register.onTimeRate();
        String rateText = rate.percent() == null
                ? i18n.text("samraad.hearing.macro.rate-none", String.valueOf(rate.year()))
                : i18n.text("samraad.hearing.macro.rate", String.valueOf(rate.year()), rate.answeredOnTime(),
                        rate.counted(), rate.percent());
        return new HearingsView(council.id(), domId, i18n.text("samraad.hearing.macro.heading", council.name()),
                i18n.text("samraad.hearing.macro.caption"),
                i18n.text("samraad.hearing.macro.shown", lines.size(), register.total()), rateText, lines,
                HearingView.lang(council.locale(), i18n));
    }

    private static HearingLineView line(Hearing h, LongFunction<String> pageLink, I18n i18n, String unreached) {
        DeadlineState state = h.deadlineState();
        boolean urgent = state == DeadlineState.OVERDUE || state == DeadlineState.DUE_SOON;
        String href = h.pageId() == null ? null : pageLink.apply(h.pageId());
        String excerpt = ResponseExcerpt.of(h.status(), h.response());
        return new HearingLineView(h.id(), h.title(), href,
                h.issuingBody(), h.reference(),
                h.deadline() == null ? null : h.deadline().toString(), deadlineText(h, i18n),
                state == null ? "" : "samraad-hearing-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                urgent, i18n.text("samraad.hearing.status." + h.status().name()), h.responsibleName(), excerpt,
                excerpt == null ? null : href, unreached, HearingView.statusLozenge(h.status()),
                HearingView.deadlineLozenge(state), ReaderDates.of(i18n).shortDay(h.deadline()));
    }

    /** The deadline in words: days left or passed while open, the answer's timeliness once closed. */
    static String deadlineText(Hearing h, I18n i18n) {
        if (h.deadlineState() == null) {
            return i18n.text("samraad.hearing.macro.no-deadline");
        }
        if (h.daysLeft() == null) {
            return i18n.text("samraad.hearing.deadline-state." + h.deadlineState().name());
        }
        long days = h.daysLeft();
        if (days == 0) {
            return i18n.text("samraad.hearing.macro.deadline-today");
        }
        if (days > 0) {
            return i18n.text(days == 1 ? "samraad.hearing.macro.day-left" : "samraad.hearing.macro.days-left", days);
        }
        return i18n.text(days == -1 ? "samraad.hearing.macro.day-overdue" : "samraad.hearing.macro.days-overdue", -days);
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
