package org.samraad.meeting;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.samraad.council.MinutesTerm;
import org.samraad.platform.ContentLanguage;
import org.samraad.platform.I18n;
import org.samraad.platform.OptionView;
import org.samraad.platform.Paragraphs;
import org.samraad.platform.PageLinks;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.WebAddress;

/**
 * What the agenda template shows; plain values only. Built from items already laid out for the reader
 * ({@link AgendaLayout}), so what the reader may not see is absent here, never hidden by the template.
 *
 * @param domId prefix for the element ids of this macro on the page
 * @param view the view's parameter value (agenda, minutes, easy-read, public)
 * @param startsAt the meeting's start as ISO date-time with offset, or null
 * @param editable the live page view (not the public view), the viewer may edit the space and the agenda is still
 *     open: editing is offered
 * @param lockedText for editors in the live view when the agenda no longer changes: why, in words; else null
 * @param noneText what to say when there are no items: that there are none yet, or when this reader will see them
 * @param record approved minutes (see {@link #recordLayout}): each item's decision first, then one compact line of
 *     kind, presenter and time, and no open-item markers
 * @param internalText on an insider's PDF or Word export of approved minutes that show a closed item: the marking
 *     that the document is internal; else null
 * @param publicHref with the marking, where readers outside the council find the minutes without closed items
 * @param lang the council's language when it differs from the reader's, for the {@code lang} attribute of the
 *     council's content (titles, texts, decisions); else null
 * @param whenText in the easy-read view, when and where in words ("Tirsdag den 9. marts 2027 kl. 16:00 på
 *     Rådhuset"); else null
 * @param otherViewHref the live page's link to the same meeting in another view: from the agenda or minutes to
 *     the easy-read version (a page of its own, {@code GET /meetings/{id}/agenda/easy-read}, which the script
 *     shows in place), and from an easy-read version shown in place back to the full one; else null
 * @param otherView the view that link leads to (its parameter), for the script
 */
public record AgendaView(
        int meetingId,
        int councilId,
        String spaceKey,
        String domId,
        String view,
        boolean easyRead,
        String heading,
        String startsAt,
        String startText,
        String place,
        boolean editable,
        String lockedText,
        String noneText,
        List<AgendaItemView> items,
        List<OptionView> kindOptions,
        List<OptionView> standingOptions,
        boolean record,
        String internalText,
        String publicHref,
        String publicText,
        String lang,
        String whenText,
        String otherViewHref,
        String otherViewText,
        String otherView) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final String EASY_READ_PATH = "/rest/samraad/1.0/meetings/%d/agenda/easy-read";

    public AgendaView {
        items = List.copyOf(items);
        kindOptions = List.copyOf(kindOptions);
        standingOptions = List.copyOf(standingOptions);
    }

    public boolean hasItems() {
        return !items.isEmpty();
    }

    /**
     * Approved minutes read as minutes: once the decisions are locked, a view that shows them lays each item out as
     * a record (decision first, one compact line) rather than as a meeting's preparation.
     */
    static boolean recordLayout(AgendaViewKind view, MeetingStatus status) {
        return view.showsDecisions() && status.decisionsLocked();
    }

    /**
     * @param export a PDF or Word export ({@link org.samraad.platform.OutputTypes#isDocumentExport}), which leaves
     *     the wiki and so says whether it holds closed items
     * @param fullName a Confluence user's full name by user key (for action owners)
     * @param pageLink a Confluence page's link by page id (for a hearing's response page)
     */
    static AgendaView of(MeetingContext context, AgendaViewKind view, List<AgendaItem> items,
            MeetingActionList actions, boolean interactive, boolean export, String domId, I18n i18n,
            Function<String, String> fullName, LongFunction<String> pageLink) {
        return of(context, view, items, actions, interactive, export, domId, i18n, fullName, pageLink, null, null);
    }

    /**
     * @param base the site's base URL, for the links to the easy-read version and to the council's action register
     *     (its space) from a follow-up that leaves actions out; null: no links
     * @param backTo shown in place of this view (the script's easy-read link): the view to go back to; else null
     */
    static AgendaView of(MeetingContext context, AgendaViewKind view, List<AgendaItem> items,
            MeetingActionList actions, boolean interactive, boolean export, String domId, I18n i18n,
            Function<String, String> fullName, LongFunction<String> pageLink, String base, AgendaViewKind backTo) {
        Meeting meeting = context.meeting();
        // the public view leaves items out, so an order saved from it could not name them all; the easy-read
        // view is for reading, and its texts are changed in the item's form of the agenda
        boolean editor = interactive && context.viewer().editor() && view != AgendaViewKind.PUBLIC
                && view != AgendaViewKind.EASY_READ;
        String lockedText = null;
        if (editor && meeting.status().decisionsLocked()) {
            lockedText = i18n.text("samraad.agenda.error.locked");
        } else if (editor && meeting.status() == MeetingStatus.CANCELLED) {
            lockedText = i18n.text("samraad.agenda.error.cancelled");
        }
        boolean editable = editor && lockedText == null;
        String name = meeting.title() != null ? meeting.title() : context.council().name();
        OffsetDateTime start = meeting.startsAt() == null ? null
                : meeting.startsAt().atZone(context.zone()).toOffsetDateTime();
        MeetingDisclosure disclosure = MeetingDisclosure.of(context);
        boolean record = recordLayout(view, meeting.status());
        Locale councilLocale = Locale.forLanguageTag(context.council().locale());
        ContentLanguage language = ContentLanguage.of(context.council().locale(), i18n);
        FollowUpMore more = new FollowUpMore(
                actions.moreCarriedOver() ? i18n.text("samraad.agenda.follow-up.more") : null,
                actions.moreCarriedOver() && base != null ? PageLinks.space(base, context.council().spaceKey()) : null);
        List<AgendaItemView> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            boolean aob = item.standingKind() == StandingKind.AOB;
            boolean beforeAob = i + 1 < items.size() && items.get(i + 1).standingKind() == StandingKind.AOB;
            lines.add(line(item, view, record, disclosure.record(), actions.actions(), more, meeting.id(), i18n,
                    fullName, pageLink, councilLocale, i > 0 && !aob, i + 1 < items.size() && !aob && !beforeAob));
        }
        // the marking travels with a document that leaves the wiki; on the page, the page's restrictions speak
        boolean internal = record && export && items.stream().anyMatch(i -> i.closed() && !i.restricted());
        String publicHref = internal && meeting.pageId() != null ? pageLink.apply(meeting.pageId()) : null;
        String noneText = i18n.text(view == AgendaViewKind.PUBLIC && !disclosure.publicView()
                ? "samraad.agenda.none.until-published"
                : !disclosure.items() ? "samraad.agenda.none.until-agenda" : "samraad.agenda.none");
        List<OptionView> kinds = editable ? Arrays.stream(AgendaItemKind.values())
                .map(k -> new OptionView(k.name(), i18n.text("samraad.agenda.kind." + k.name()))).toList() : List.of();
        List<OptionView> standing = editable ? Arrays.stream(StandingKind.values())
                .map(k -> new OptionView(k.name(), i18n.text("samraad.agenda.standing." + k.name()))).toList() : List.of();
        boolean easyRead = view == AgendaViewKind.EASY_READ;
        String headingKey = view == AgendaViewKind.MINUTES ? MinutesTerm.headingKey(context.council().minutesTerm())
                : easyRead && disclosure.record() && meeting.status().wasHeld() ? "samraad.agenda.heading.easy-read-minutes" : "samraad.agenda.heading." + view.parameter();
        String otherHref = null;
        String otherText = null;
        String other = null;
        if (interactive && base != null && backTo != null) {
            otherHref = meeting.pageId() != null ? pageLink.apply(meeting.pageId()) : null;
            otherText = otherHref == null ? null : i18n.text("samraad.agenda.easy-read.back");
            other = backTo.parameter();
        } else if (interactive && base != null && !easyRead && view != AgendaViewKind.PUBLIC) {
            otherHref = base + String.format(EASY_READ_PATH, meeting.id());
            otherText = i18n.text("samraad.agenda.easy-read.link");
            other = AgendaViewKind.EASY_READ.parameter();
        }
        return new AgendaView(meeting.id(), context.council().id(), context.spaceKey(), domId, view.parameter(),
                easyRead, i18n.text(headingKey, name),
                start == null ? null : start.toString(), start == null ? null : ReaderDates.of(i18n).dayTime(start.toLocalDateTime()),
                meeting.place(), editable, lockedText, noneText, lines, kinds, standing, record,
                internal ? i18n.text("samraad.agenda.internal") : null, publicHref,
                publicHref == null ? null : i18n.text("samraad.agenda.internal.public-version"),
                language.differs() ? language.council() : null,
                easyRead ? whenInWords(meeting, context, i18n) : null, otherHref, otherText, other);
    }

    /** "Tirsdag den 9. marts 2027 kl. 16:00 på Rådhuset": the easy-read view says when and where in a sentence. */
    private static String whenInWords(Meeting meeting, MeetingContext context, I18n i18n) {
        if (meeting.startsAt() == null) {
            return meeting.place() == null ? null : i18n.text("samraad.agenda.easy-read.where", meeting.place());
        }
        ReaderDates dates = ReaderDates.of(i18n);
        LocalDateTime start = meeting.startsAt().atZone(context.zone()).toLocalDateTime();
        String day = dates.weekdayDay(start.toLocalDate());
        String time = dates.time(start.toLocalTime());
        return meeting.place() == null ? i18n.text("samraad.agenda.easy-read.when", day, time)
                : i18n.text("samraad.agenda.easy-read.when-where", day, time, meeting.place());
    }

    /** What a follow-up that leaves open actions out says of them, and where the register is; nulls: nothing. */
    private record FollowUpMore(String text, String registerHref) {}

    private static AgendaItemView line(AgendaItem item, AgendaViewKind view, boolean recordLayout, boolean record,
            List<ActionSummary> actions, FollowUpMore more, int meetingId, I18n i18n, Function<String, String> fullName,
            LongFunction<String> pageLink, Locale councilLocale, boolean movesUp, boolean movesDown) {
        String start = item.startsAt() == null ? null : item.startsAt().toString();
        String startText = item.startsAt() == null ? null : TIME.format(item.startsAt());
        // an item without a planned length has none to show ("0 min." reads as if it took no time)
        String duration = item.durationMinutes() > 0 ? i18n.text("samraad.agenda.duration", item.durationMinutes())
                : null;
        String access = i18n.text(item.closed() ? "samraad.agenda.closed-item" : "samraad.agenda.open-item");
        String itemClass = "samraad-agenda-item" + (item.closed() ? " samraad-agenda-item-closed" : "");
        if (item.restricted()) {
            return new AgendaItemView(item.id(), item.version(), item.number() + ".", access, itemClass, true,
                    true, access, null, start, startText, duration, null, List.of(), List.of(), List.of(access),
                    List.of(), List.of(), false, List.of(), null, null, null, null, movesUp, movesDown);
        }
        String presenter = item.presenterWithheld() ? i18n.text("samraad.agenda.presenter-withheld")
                : item.presenterName();
        String kind = item.kind() == AgendaItemKind.STANDING
                ? i18n.text("samraad.agenda.kind.STANDING") : i18n.text("samraad.agenda.kind." + item.kind().name());
        // approved minutes lead with the decision; the texts that prepared it follow
        List<AgendaTextSection> lead = new ArrayList<>();
        List<AgendaTextSection> sections = new ArrayList<>();
        if (view != AgendaViewKind.EASY_READ) {
            if (recordLayout) {
                section(lead, "decision", item.decision(), i18n);
            } else {
                section(sections, "case-presentation", item.casePresentation(), i18n);
                section(sections, "recommendation", item.recommendation(), i18n);
                if (view.showsDecisions()) {
                    section(sections, "decision", item.decision(), i18n);
                }
            }
            if (view.showsDecisions()) {
                section(sections, "dissent", item.dissent(), i18n);
                section(sections, "dissenters", item.dissenters().isEmpty() ? null : item.dissenters().stream()
                        .map(AgendaDissenter::name).collect(Collectors.joining(", ")), i18n);
            }
            if (recordLayout) {
                section(sections, "case-presentation", item.casePresentation(), i18n);
                section(sections, "recommendation", item.recommendation(), i18n);
            }
        }
        // the title is the item's heading already; a standing item without its own easy text gets the built-in
        // one, in the council's language as its title is
        List<String> easyRead = item.easyRead() != null ? Paragraphs.of(item.easyRead())
                : item.standingKind() != null
                        ? List.of(i18n.text(councilLocale, "samraad.agenda.easy-read.standing." + item.standingKind().name()))
                        : List.of();
        List<AgendaAttachmentView> attachments = item.attachments().stream().map(a -> attachment(a, i18n)).toList();
        boolean publicView = view == AgendaViewKind.PUBLIC;
        List<AgendaActionView> fromItem = !view.showsDecisions() || !record ? List.of() : actions.stream()
                .filter(a -> Integer.valueOf(item.id()).equals(a.agendaItemId()))
                .map(a -> action(a, publicView, i18n, fullName)).toList();
        boolean followUp = item.standingKind() == StandingKind.FOLLOW_UP;
        List<AgendaActionView> carried = !followUp ? List.of() : actions.stream()
                .filter(a -> !a.closed() && !Integer.valueOf(meetingId).equals(a.meetingId()))
                .map(a -> action(a, publicView, i18n, fullName)).toList();
        return new AgendaItemView(item.id(), item.version(), item.number() + ".", item.title(), itemClass, false,
                item.closed(), access, kind, start, startText, duration, presenter, lead, sections, easyRead, attachments,
                fromItem,
                followUp, carried, followUp ? more.text() : null, followUp ? more.registerHref() : null,
                item.hearingPageId() == null || item.kind() != AgendaItemKind.HEARING ? null
                        : pageLink.apply(item.hearingPageId()), item.caseNumber(), movesUp, movesDown);
    }

    private static void section(List<AgendaTextSection> sections, String kind, String text, I18n i18n) {
        if (text != null) {
            sections.add(new AgendaTextSection(kind, i18n.text("samraad.agenda.field." + kind),
                    Paragraphs.of(text)));
        }
    }

    private static AgendaAttachmentView attachment(AgendaAttachment a, I18n i18n) {
        String label = i18n.text("samraad.agenda.attachment-number", a.number());
        String access = i18n.text(a.closed() ? "samraad.agenda.closed-attachment" : "samraad.agenda.open-attachment");
        if (a.restricted()) {
            return new AgendaAttachmentView(a.number(), label, null, null, access, true, true, null);
        }
        // checked when stored; checked again so a row written around the service never becomes a script link
        String href = a.url() != null && WebAddress.isValid(a.url()) ? a.url() : null;
        return new AgendaAttachmentView(a.number(), label, a.title(), href, access, a.closed(), false,
                a.documentNumber());
    }

    /** In the public view an action names its organisation only: owners' consent is not known here. */
    private static AgendaActionView action(ActionSummary a, boolean publicView, I18n i18n,
            Function<String, String> fullName) {
        String person = publicView ? null : a.ownerUserKey() != null ? fullName.apply(a.ownerUserKey()) : a.ownerName();
        String owner = person != null && a.organisationName() != null ? person + ", " + a.organisationName()
                : person != null ? person : a.organisationName();
        String due = a.dueDate() == null ? null : a.dueDate().toString();
        return new AgendaActionView(a.title(), owner, due,
                due != null ? ReaderDates.of(i18n).shortDay(a.dueDate()) : i18n.text("samraad.agenda.no-due-date"),
                i18n.text(a.statusKey()), a.overdue() ? i18n.text("samraad.agenda.overdue") : null);
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
