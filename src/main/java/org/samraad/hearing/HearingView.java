package org.samraad.hearing;

import java.util.ArrayList;
import java.util.List;
import org.samraad.platform.I18n;
import org.samraad.platform.OptionView;
import org.samraad.platform.Paragraphs;

/**
 * What the {@code samraad-hearing} template shows of one hearing; plain values only, texts in the reader's
 * language. The status bar lists the steps from received to submitted with the current one marked in words
 * ({@code aria-current="step"} as well); a declined hearing says so instead.
 *
 * @param editable the live page and the viewer may edit the space: the workflow and follow-up forms are offered
 * @param moves the statuses the hearing may move to now, as form options
 * @param onAgenda the hearing has an item on the agenda of a meeting that was not cancelled
 * @param agendaOffered an editor may put the open hearing, not on such an agenda (never put on one, its item
 *     removed, or its meeting cancelled), on an upcoming meeting's agenda (the script lists the council's meetings
 *     from today on through the REST API)
 * @param minutesPendingText for a hearing in drafting whose response approved minutes decided on: says so, naming
 *     the meeting; null otherwise
 * @param reviewOffered an editor in the live page may move such a hearing to council review (which approves it with
 *     those minutes) with one button
 * @param response the council's response, headed and written in the council's language, as the hearing record holds
 *     it (its one home); null while it has no text
 * @param responseFormOffered an editor in the live page may still write the response (not yet approved by the council)
 * @param caseNumber the municipality's own case number, shown as "Case no." / "Sagsnr." / "Ärendenr."; or null
 * @param history the hearing's record under the steps, oldest first
 * @param agendaLink where "On a meeting agenda" leads (the meeting's page, at the item if the reader may see it
 *     there); null without a meeting page the reader may view
 * @param agendaMeetingTitle the meeting whose agenda holds the hearing; null when not on one
 * @param summaryText the summary as stored, for the "Edit hearing" form; null without one
 * @param lang the council's language for its own content (the title, summary, follow-up) when the reader's differs,
 *     for the {@code lang} attribute; else null
 * @param statusLozenge the AUI lozenge class of the status (the status is always in words beside the colour)
 * @param deadlineLozenge the AUI lozenge class of an urgent deadline (overdue: error, due soon: moved); else null
 */
public record HearingView(
        String domId,
        int id,
        int version,
        String title,
        String issuingBody,
        String reference,
        String url,
        String receivedOn,
        String deadline,
        String deadlineText,
        boolean urgent,
        String status,
        String statusText,
        String responsible,
        List<HearingStepView> steps,
        boolean declined,
        String submittedOn,
        List<String> summaryParagraphs,
        List<String> outcomeParagraphs,
        String reviewDate,
        boolean submitted,
        boolean editable,
        List<OptionView> moves,
        String today,
        int councilId,
        boolean onAgenda,
        boolean agendaOffered,
        String minutesPendingText,
        boolean reviewOffered,
        HearingResponseView response,
        boolean responseFormOffered,
        String caseNumber,
        List<HearingHistoryLineView> history,
        String agendaLink,
        String agendaMeetingTitle,
        String summaryText,
        String lang,
        String statusLozenge,
        String deadlineLozenge,
        HearingDaysView days) {

    private static final List<HearingStatus> STEPS = List.of(HearingStatus.RECEIVED, HearingStatus.DRAFTING,
            HearingStatus.COUNCIL_REVIEW, HearingStatus.APPROVED, HearingStatus.SUBMITTED);

    public HearingView {
        steps = List.copyOf(steps);
        summaryParagraphs = List.copyOf(summaryParagraphs);
        outcomeParagraphs = List.copyOf(outcomeParagraphs);
        moves = List.copyOf(moves);
        history = List.copyOf(history);
    }

    public boolean hasHistory() {
        return !history.isEmpty();
    }

    public boolean hasSummary() {
        return !summaryParagraphs.isEmpty();
    }

    public boolean hasOutcome() {
        return !outcomeParagraphs.isEmpty();
    }

    public boolean hasMoves() {
        return !moves.isEmpty();
    }

    static HearingView of(ShownHearing shown, boolean interactive, String domId, I18n i18n) {
        Hearing h = shown.hearing();
        DeadlineState state = h.deadlineState();
        boolean urgent = state == DeadlineState.OVERDUE || state == DeadlineState.DUE_SOON;
        boolean editable = interactive && shown.editable();
        List<OptionView> moves = editable
                ? h.next().stream().map(s -> new OptionView(s.name(), i18n.text("samraad.hearing.macro.move." + s.name())))
                        .toList()
                : List.of();
        return new HearingView(domId, h.id(), h.version(), h.title(), h.issuingBody(), h.reference(), h.url(),
                text(h.receivedOn()), text(h.deadline()), HearingsView.deadlineText(h, i18n), urgent, h.status().name(),
                i18n.text("samraad.hearing.status." + h.status().name()), h.responsibleName(), steps(h.status(), i18n),
                h.status() == HearingStatus.DECLINED, text(h.submittedOn()), Paragraphs.of(h.summary()),
                Paragraphs.of(h.outcome()), text(h.reviewDate()), h.status() == HearingStatus.SUBMITTED, editable, moves,
                shown.today().toString(), h.councilId(), shown.onLiveAgenda(),
                editable && h.status().isOpen() && !shown.onLiveAgenda(),
                shown.minutesPending() == null ? null
                        : i18n.text("samraad.hearing.minutes-pending", shown.minutesPending().meetingTitle()),
                editable && shown.minutesPending() != null && h.status().canMoveTo(HearingStatus.COUNCIL_REVIEW),
                HearingResponseView.of(h, shown.councilLocale(), i18n), editable && !h.status().responseFrozen(),
                h.caseNumber(),
                HearingHistoryLineView.of(shown.history(),
                        org.samraad.council.CouncilZone.forLocale(shown.councilLocale()), i18n),
                shown.agendaLink(), shown.agendaMeetingTitle(), h.summary(),
                lang(shown.councilLocale(), i18n),
                statusLozenge(h.status()), deadlineLozenge(state), HearingDaysView.of(h, i18n));
    }

    /** The council's language for the {@code lang} of its content when the reader's differs; else null. */
    static String lang(String councilLocale, I18n i18n) {
        org.samraad.platform.ContentLanguage language = org.samraad.platform.ContentLanguage.of(councilLocale, i18n);
        return language.differs() ? language.council() : null;
    }

    /** The AUI lozenge of a hearing's status: in progress while the council works on it, green once sent. */
    static String statusLozenge(HearingStatus status) {
        return switch (status) {
            case RECEIVED -> "";
            case DRAFTING, COUNCIL_REVIEW -> "aui-lozenge-current";
            case APPROVED -> "aui-lozenge-complete";
            case SUBMITTED -> "aui-lozenge-success";
            case DECLINED -> "aui-lozenge-moved";
        };
    }

    /** An urgent deadline as a lozenge: passed in red, close in yellow; a calm one stays plain text (null). */
    static String deadlineLozenge(DeadlineState state) {
        if (state == DeadlineState.OVERDUE) {
            return "aui-lozenge-error";
        }
        return state == DeadlineState.DUE_SOON ? "aui-lozenge-moved" : null;
    }

    private static List<HearingStepView> steps(HearingStatus status, I18n i18n) {
        int current = STEPS.indexOf(status);
        List<HearingStepView> steps = new ArrayList<>();
        for (int i = 0; i < STEPS.size(); i++) {
            String state = current < 0 ? "skipped" : i < current ? "done" : i == current ? "current" : "ahead";
            steps.add(new HearingStepView(i18n.text("samraad.hearing.status." + STEPS.get(i).name()), state,
                    i18n.text("samraad.hearing.macro.step." + state), i == current));
        }
        return steps;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
