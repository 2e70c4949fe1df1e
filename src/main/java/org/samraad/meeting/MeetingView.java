package org.samraad.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.samraad.council.MemberVisibility;
import org.samraad.council.ShownName;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.UserNames;

/**
 * What the meeting header shows, as text in the reader's language: the template only places it. Dates come twice,
 * ISO for {@code <time datetime>} and written out for people; lifecycle moments are shown in the council's zone.
 *
 * @param agendaOnTimeText whether the agenda went out by the dispatch deadline, in words; null while unknown
 * @param minutesText who approved the minutes and when (or who reopened them, when and why); null before approval
 * @param noteTakerText who takes the notes, named by the member list's rule; null without a note-taker
 * @param noteTakerId the note-taker's member id, for the header's form (editors only); null without one
 * @param noteTakerFormOffered an editor may choose the note-taker here: the facts are not frozen by approval
 * @param edit the "Edit meeting" form for those who may change the meeting; null for others and outside the live page
 * @param statusLozenge the AUI lozenge modifier the status is shown with (the status is always in words too)
 * @param contentLang the council's language where it differs from the reader's (the title and place are the
 *        council's text), else null
 */
public record MeetingView(
        String domId,
        int meetingId,
        int version,
        String title,
        String kindText,
        String dateIso,
        String dateText,
        String timeText,
        String place,
        String status,
        String statusText,
        String publicText,
        String requestDeadlineIso,
        String requestDeadlineText,
        String dispatchDeadlineIso,
        String dispatchDeadlineText,
        String agendaOnTimeText,
        String minutesText,
        MeetingNeighbourView previous,
        MeetingNeighbourView next,
        String calendarHref,
        boolean editable,
        List<MeetingTransitionView> transitions,
        int councilId,
        String noteTakerText,
        Integer noteTakerId,
        boolean noteTakerFormOffered,
        MeetingEditView edit,
        String statusLozenge,
        String contentLang) {
    public boolean hasTransitions() {
        return !transitions.isEmpty();
    }

    static MeetingView of(MeetingContext context, Optional<MeetingNeighboursQuery.Neighbour> previous,
            Optional<MeetingNeighboursQuery.Neighbour> next, boolean editable, boolean changeable, MeetingLinks links,
            MemberVisibility visibility, I18n i18n) {
        Meeting m = context.meeting();
        ReaderDates dates = ReaderDates.of(i18n);
        LocalDate day = m.startsAt().toLocalDate();
        String time = dates.timeSpan(m.startsAt().toLocalTime(), m.endsAt() == null ? null : m.endsAt().toLocalTime());
        List<MeetingTransitionView> transitions = !editable ? List.of()
                : MeetingLifecycle.next(m.status()).stream().map(to -> transition(m.status(), to, i18n)).toList();
        transitions = MeetingTransitionView.styled(transitions);
        return new MeetingView(
                org.samraad.platform.MacroRenderer.uniqueElementId("samraad-meeting-" + m.id()),
                m.id(),
                m.version(),
                m.title() == null ? i18n.text("samraad.meeting.kind." + m.kind().name()) : m.title(),
                i18n.text("samraad.meeting.kind." + m.kind().name()),
                day.toString(),
                dates.day(day),
                time,
                m.place(),
                m.status().name(),
                i18n.text("samraad.meeting.status." + m.status().name()),
                i18n.text(m.openToPublic() ? "samraad.meeting.public" : "samraad.meeting.not-public"),
                iso(m.requestDeadline()),
                m.requestDeadline() == null ? null : dates.day(m.requestDeadline()),
                iso(m.dispatchDeadline()),
                m.dispatchDeadline() == null ? null : dates.day(m.dispatchDeadline()),
                m.agendaOnTime() == null ? null
                        : i18n.text(m.agendaOnTime() ? "samraad.meeting.agenda-on-time" : "samraad.meeting.agenda-late"),
                minutes(context, dates, visibility, i18n),
                neighbour(previous, "samraad.meeting.macro.previous", context, links, dates, i18n),
                neighbour(next, "samraad.meeting.macro.next", context, links, dates, i18n),
                links.calendar(m.id()),
                editable,
                transitions,
                m.councilId(),
                context.minutesSigners().noteTakerName(m, context.viewer().insider(), visibility),
                editable ? m.noteTaker() : null,
                editable && !m.status().decisionsLocked(),
                changeable ? MeetingEditView.of(m, links.space(context.council().spaceKey()), i18n) : null,
                lozenge(m.status()),
                contentLang(context, i18n));
    }

    /** The AUI lozenge of a status: where the meeting is in its life, cancelled as an error. */
    static String lozenge(MeetingStatus status) {
        return switch (status) {
            case PLANNED -> "";
            case AGENDA_PUBLISHED -> "aui-lozenge-current";
            case HELD -> "aui-lozenge-moved";
            case MINUTES_APPROVED -> "aui-lozenge-complete";
            case PUBLISHED -> "aui-lozenge-success";
            case CANCELLED -> "aui-lozenge-error";
        };
    }

    private static String contentLang(MeetingContext context, I18n i18n) {
        org.samraad.platform.ContentLanguage language =
                org.samraad.platform.ContentLanguage.of(context.councilLocale(), i18n);
        return language.differs() ? language.council() : null;
    }

    private static MeetingTransitionView transition(MeetingStatus from, MeetingStatus to, I18n i18n) {
        boolean reopen = MeetingLifecycle.isReopen(from, to);
        String label = reopen ? i18n.text("samraad.meeting.transition.reopen")
                : from == MeetingStatus.CANCELLED ? i18n.text("samraad.meeting.transition.reinstate")
                : i18n.text("samraad.meeting.transition." + to.name());
        return new MeetingTransitionView(to.name(), label,
                reopen ? i18n.text("samraad.meeting.transition.reopen-confirm") : null,
                to == MeetingStatus.CANCELLED ? i18n.text("samraad.meeting.transition.cancel-confirm") : null, "");
    }

    /** Who approved or reopened is named by the member list's rule: not by name to outsiders without consent. */
    private static String minutes(MeetingContext context, ReaderDates dates, MemberVisibility visibility,
            I18n i18n) {
        Meeting m = context.meeting();
        boolean insider = context.viewer().insider();
        if (m.minutesApprovedAt() != null) {
            String text = i18n.text("samraad.meeting.minutes-approved",
                    named(context.minutesSigners().approver(m, insider, visibility), i18n),
                    dates.day(local(m.minutesApprovedAt(), m)));
            if (m.minutesOnTime() != null) {
                text += " " + i18n.text(m.minutesOnTime() ? "samraad.meeting.minutes-on-time"
                        : "samraad.meeting.minutes-late");
            }
            if (m.minutesPublishedAt() != null) {
                text += " " + i18n.text("samraad.meeting.minutes-published", dates.day(local(m.minutesPublishedAt(), m)));
            }
            return text;
        }
        if (m.minutesReopenedAt() != null) {
            String text = i18n.text("samraad.meeting.minutes-reopened",
                    named(context.minutesSigners().reopener(m, insider, visibility), i18n),
                    dates.day(local(m.minutesReopenedAt(), m)));
            // the reason goes to whoever sees the reopening: the page's version history shows it to them anyway
            return m.minutesReopenReason() == null ? text
                    : text + " " + i18n.text("samraad.meeting.minutes-reopened-reason", m.minutesReopenReason());
        }
        return null;
    }

    /** A reference erased with its person names no one. */
    private static String named(ShownName shown, I18n i18n) {
        return shown.name() == null ? UserNames.unknown(i18n) : shown.name();
    }

    private static LocalDate local(Instant instant, Meeting m) {
        return LocalDate.ofInstant(instant, m.zoneId());
    }

    private static MeetingNeighbourView neighbour(Optional<MeetingNeighboursQuery.Neighbour> neighbour, String labelKey,
            MeetingContext context, MeetingLinks links, ReaderDates dates, I18n i18n) {
        if (neighbour.isEmpty()) {
            return null;
        }
        MeetingNeighboursQuery.Neighbour n = neighbour.get();
        LocalDate day = LocalDate.ofInstant(n.startsAt(), context.zone());
        String title = n.title() == null ? i18n.text("samraad.meeting.kind." + n.kind().name()) : n.title();
        return new MeetingNeighbourView(i18n.text(labelKey), title, day.toString(), dates.day(day),
                n.pageId() == null ? null : links.page(n.pageId()));
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /**
     * Short on purpose: Velocity 1.7 calls toString() on each {@code #if($view)} to tell null from not
     * ({@code directive.if.tostring.nullcheck}), and a record's own toString would write out every row of the page.
     */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
