package org.samraad.meeting;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.samraad.council.PersonStanding;
import org.samraad.platform.Paragraphs;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.mail.MailText;

/**
 * Approved minutes as static storage format: headings, tables and lists that Confluence shows, searches, exports
 * and compares in page history like any page text, and that stay readable with the plugin uninstalled. Only the
 * version a page's readers may see goes in: the caller passes the agenda, attendance and actions as read for a
 * reader who is no insider (closed items as "Closed item" with their number, closed attachments by number, only
 * published names). Every text is escaped (storage format is XHTML) and every word is in the council's language.
 * Pure, so what goes into a page is tested without a database.
 */
final class MinutesStorageFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** The council's texts: the plugin's i18n resolved in the council's locale. */
    interface Texts {
        String text(String key, Serializable... arguments);
    }

    /** What the minutes say: the meeting as the record has it, for the reader who may see least. */
    record Minutes(Meeting meeting, Attendance attendance, List<AgendaItem> items, MeetingActionList followUp) {

        List<ActionSummary> actions() {
            return followUp.actions();
        }
    }

    private final Texts texts;
    private final Locale locale;
    /** A Confluence user's full name, for owners named by user key. */
    private final Function<String, String> fullName;
    private final StringBuilder out = new StringBuilder();

    private MinutesStorageFormat(Texts texts, Locale locale, Function<String, String> fullName) {
        this.texts = texts;
        this.locale = locale;
        this.fullName = fullName;
    }

    /**
     * The record section of a meeting page: Confluence's anchor, the minutes, and the closed-items macro that shows
     * insiders what the page itself may not hold (see {@link MinutesPageBody}).
     */
    static String pageSection(Minutes minutes, Texts texts, Locale locale, Function<String, String> fullName) {
        return MinutesPageBody.START + minutes(minutes, texts, locale, fullName) + MinutesPageBody.CLOSED_ITEMS;
    }

    /** The minutes alone, as a page of their own holds them (a published copy). */
    static String minutes(Minutes minutes, Texts texts, Locale locale, Function<String, String> fullName) {
        MinutesStorageFormat writer = new MinutesStorageFormat(texts, locale, fullName);
        writer.write(minutes);
        return writer.out.toString();
    }

    private void write(Minutes minutes) {
        Meeting m = minutes.meeting();
        out.append("<h2>").append(e(texts.text("samraad.agenda.heading.minutes", title(m)))).append("</h2>");
        facts(m);
        attendance(minutes.attendance());
        Set<Integer> shownItems = minutes.items().stream().filter(i -> !i.restricted()).map(AgendaItem::id)
                .collect(Collectors.toSet());
        for (AgendaItem item : minutes.items()) {
            item(item, minutes.actions().stream()
                    .filter(a -> Integer.valueOf(m.id()).equals(a.meetingId()) && a.agendaItemId() != null
                            && a.agendaItemId() == item.id() && shownItems.contains(item.id()))
                    .toList());
            if (item.standingKind() == StandingKind.FOLLOW_UP && !item.restricted()) {
                List<ActionSummary> open = minutes.actions().stream()
                        .filter(a -> !Integer.valueOf(m.id()).equals(a.meetingId()) && !a.closed()).toList();
                out.append("<h4>").append(e(texts.text("samraad.agenda.follow-up.heading"))).append("</h4>");
                if (open.isEmpty()) {
                    paragraph(texts.text("samraad.agenda.follow-up.none"));
                } else {
                    actions(open);
                    if (minutes.followUp().moreCarriedOver()) {
                        paragraph(texts.text("samraad.agenda.follow-up.more"));
                    }
                }
            }
        }
    }

    private String title(Meeting m) {
        return m.title() != null ? m.title() : texts.text("samraad.meeting.kind." + m.kind().name());
    }

    private void facts(Meeting m) {
        out.append("<table><tbody>");
        if (m.startsAt() != null) {
            row("samraad.meeting.field.date", e(ReaderDates.of(locale).day(m.startsAt().toLocalDate())));
            row("samraad.meeting.field.time", e(time(m.startsAt()) + (m.endsAt() == null ? "" : "–" + time(m.endsAt()))));
        }
        if (m.place() != null) {
            row("samraad.meeting.field.place", e(m.place()));
        }
        row("samraad.meeting.field.kind", e(texts.text("samraad.meeting.kind." + m.kind().name())));
        if (m.noteTakerName() != null) {
            row("samraad.meeting.field.note-taker", e(m.noteTakerName()));
        }
        out.append("</tbody></table>");
    }

    private void attendance(Attendance attendance) {
        if (attendance == null) {
            return;
        }
        out.append("<h3>").append(e(texts.text("samraad.attendance.macro.heading-untitled"))).append("</h3>");
        List<String> apologies = attendance.members().stream().filter(l -> l.status() == AttendanceStatus.APOLOGIES)
                .map(this::shown).toList();
        List<String> guests = attendance.guests().stream().map(this::shown).toList();
        if (!attendance.joint()) {
            people(texts.text("samraad.attendance.status.PRESENT"), present(attendance.members()));
        } else {
            // a joint meeting's minutes say who came from each body, as the municipalities' own minutes do
            for (AttendanceBody body : attendance.bodies()) {
                people(texts.text("samraad.attendance.macro.body-present", body.name()), present(
                        attendance.members().stream().filter(l -> Integer.valueOf(body.councilId())
                                .equals(l.councilId())).toList()));
            }
        }
        people(texts.text("samraad.attendance.status.APOLOGIES"), apologies);
        people(texts.text("samraad.attendance.macro.guests"), guests);
        // worded again in the council's language: the attendance was read in the reader's
        people(texts.text("samraad.attendance.macro.invited"),
                attendance.invitedGuests().stream().map(g -> g.in(texts::text).displayName()).toList());
        paragraph(quorum(attendance.quorum()));
    }

    /**
     * A line's name, or its placeholder in the council's language: the services word placeholders in the reader's
     * language, and a page is written once for all its readers.
     */
    private String shown(AttendanceLine line) {
        if (!line.nameHidden()) {
            return line.displayName();
        }
        return texts.text(line.memberId() == null ? "samraad.attendance.guest-name-hidden"
                : "samraad.member.name-not-published");
    }

    private String quorum(Quorum quorum) {
        return quorum == null ? null : AttendanceView.quorumText(quorum, texts);
    }

    /** Who came: a person in several bodies of a joint meeting with the others noted. */
    private List<String> present(List<AttendanceLine> lines) {
        return lines.stream().filter(l -> l.status() != null && l.status().seatTaken())
                .map(l -> l.status() == AttendanceStatus.SUBSTITUTE_ATTENDED && l.substituteName() != null
                        ? texts.text("samraad.minutes.page.substitute-for", l.substituteName(), shown(l))
                        : l.alsoIn().isEmpty() ? shown(l)
                        : shown(l) + " (" + texts.text("samraad.attendance.macro.also-in",
                                String.join(", ", l.alsoIn())) + ")")
                .toList();
    }

    private void people(String heading, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        out.append("<h4>").append(e(heading)).append("</h4><ul>");
        names.forEach(name -> out.append("<li>").append(e(name)).append("</li>"));
        out.append("</ul>");
    }

    /**
     * An item as minutes read: number and title, the decision first, then one compact line of kind, presenter, case
     * number and start time, then dissent, the case texts and the attachments; a closed item only as its number and time.
     */
    private void item(AgendaItem item, List<ActionSummary> actions) {
        String title = item.restricted() ? texts.text("samraad.agenda.closed-item") : item.title();
        out.append("<h3>").append(item.number()).append(". ").append(e(title)).append("</h3>");
        String start = item.startsAt() == null ? null : time(item.startsAt().toLocalDateTime());
        if (item.restricted()) {
            paragraph(start);
            return;
        }
        labelled("samraad.agenda.field.decision", item.decision());
        List<String> line = new ArrayList<>();
        line.add(texts.text("samraad.agenda.kind." + item.kind().name()));
        if (item.presenterWithheld()) {
            line.add(texts.text("samraad.agenda.presenter-withheld"));
        } else if (item.presenterName() != null) {
            line.add(item.presenterName());
        }
        if (item.caseNumber() != null) {
            line.add(texts.text("samraad.agenda.field.case-number") + " " + item.caseNumber());
        }
        if (start != null) {
            line.add(start);
        }
        paragraph(String.join(" · ", line));
        labelled("samraad.agenda.field.dissent", item.dissent());
        if (!item.dissenters().isEmpty()) {
            labelled("samraad.agenda.field.dissenters", item.dissenters().stream()
                    .map(d -> d.nameHidden() ? texts.text("samraad.member.name-not-published") : d.name())
                    .collect(Collectors.joining(", ")));
        }
        labelled("samraad.agenda.field.case-presentation", item.casePresentation());
        labelled("samraad.agenda.field.recommendation", item.recommendation());
        if (!item.attachments().isEmpty()) {
            out.append("<p><strong>").append(e(texts.text("samraad.agenda.field.attachments"))).append("</strong></p><ul>");
            item.attachments().forEach(a -> out.append("<li>").append(attachment(a)).append("</li>"));
            out.append("</ul>");
        }
        if (!actions.isEmpty()) {
            out.append("<h4>").append(e(texts.text("samraad.agenda.item-actions.heading"))).append("</h4>");
            actions(actions);
        }
    }

    /** A text's first paragraph after its label in bold, the others as they are. */
    private void labelled(String labelKey, String text) {
        List<String> paragraphs = Paragraphs.of(text);
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append("<p>");
            if (i == 0) {
                out.append("<strong>").append(e(texts.text(labelKey))).append(":</strong> ");
            }
            out.append(e(paragraphs.get(i))).append("</p>");
        }
    }

    private String attachment(AgendaAttachment a) {
        String number = e(texts.text("samraad.agenda.attachment-number", a.number()));
        if (a.restricted()) {
            return number + " (" + e(texts.text("samraad.agenda.closed-attachment")) + ")";
        }
        String title = e(a.title());
        // links were checked to be http(s) when stored; a Confluence attachment is named, as the agenda names it
        String shown = a.url() == null ? title : "<a href=\"" + e(a.url()) + "\">" + title + "</a>";
        return number + ": " + shown + (a.documentNumber() == null ? ""
                : " (" + e(texts.text("samraad.agenda.field.document-number") + " " + a.documentNumber()) + ")");
    }

    private void actions(List<ActionSummary> actions) {
        out.append("<table><thead><tr>");
        for (String key : List.of("samraad.agenda.action.title", "samraad.agenda.action.owner",
                "samraad.agenda.action.due-date", "samraad.agenda.action.status")) {
            out.append("<th>").append(e(texts.text(key))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        ReaderDates dates = ReaderDates.of(locale);
        for (ActionSummary a : actions) {
            out.append("<tr><td>").append(e(a.title())).append("</td><td>").append(e(owner(a))).append("</td><td>")
                    .append(e(a.dueDate() == null ? texts.text("samraad.agenda.no-due-date") : dates.shortDay(a.dueDate())))
                    .append("</td><td>").append(e(texts.text(a.statusKey()))).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    /**
     * The owner as the member list's rule shows them to this page's readers (an unpublished member, whom the reader's
     * version names by placeholder only, as the placeholder in the council's language); the organisation beside.
     */
    private String owner(ActionSummary a) {
        String person = a.ownerStanding() == PersonStanding.FORMER ? texts.text("samraad.member.former")
                : a.ownerUserKey() == null && a.ownerStanding() == PersonStanding.UNPUBLISHED
                        ? texts.text("samraad.member.name-not-published")
                : a.ownerUserKey() != null ? fullName.apply(a.ownerUserKey())
                : a.ownerName();
        if (person == null) {
            return a.organisationName() == null ? "" : a.organisationName();
        }
        return a.organisationName() == null ? person : person + " (" + a.organisationName() + ")";
    }

    /** A row of label and value; the value is storage format already. */
    private void row(String labelKey, String value) {
        out.append("<tr><th>").append(e(texts.text(labelKey))).append("</th><td>").append(value).append("</td></tr>");
    }

    private void paragraph(String text) {
        if (text != null && !text.isBlank()) {
            out.append("<p>").append(e(text)).append("</p>");
        }
    }

    private static String time(LocalDateTime at) {
        return TIME.format(at);
    }

    private static String e(String text) {
        return text == null ? "" : MailText.escape(text);
    }
}
