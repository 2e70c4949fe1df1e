package org.samraad.communication;

import static org.samraad.platform.mail.MailText.escape;
import static org.samraad.platform.mail.MailText.oneLine;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.samraad.meeting.AgendaAttachment;
import org.samraad.meeting.AgendaItem;
import org.samraad.meeting.Meeting;
import org.samraad.meeting.MeetingCalendar;
import org.samraad.platform.I18n;
import org.samraad.platform.ICalendarWriter;
import org.samraad.platform.PageLinks;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.Validation;
import org.samraad.platform.mail.MailAttachment;
import org.samraad.platform.mail.QueuedMail;

/**
 * One dispatch's mail to one person, in the council's language: accessible HTML (a language, a title, headings, a
 * numbered list, links that say where they go, nothing that needs images or colour) with the same text as a plain
 * part, and for invitations, changes and cancellations an iCalendar message about the meeting's event (its stable
 * UID, the meeting's version as SEQUENCE). The agenda or minutes are the version the recipient may see; every value
 * is escaped here.
 */
final class MeetingMail {
    private final I18n i18n;
    private final Locale locale;
    private final Meeting meeting;
    private final String councilName;
    private final String spaceKey;
    private final String baseUrl;
    private final ReaderDates dates;

    MeetingMail(I18n i18n, Locale locale, Meeting meeting, String councilName, String spaceKey, String baseUrl) {
        this.i18n = i18n;
        this.locale = locale;
        this.meeting = meeting;
        this.councilName = councilName;
        this.spaceKey = spaceKey;
        this.baseUrl = baseUrl;
        // the mail's language decides the format, so an English mail never reads "Tuesday, March 9, 2027"
        this.dates = ReaderDates.of(locale);
    }

    /** The meeting's title, or its kind in the council's language. */
    String title() {
        return meeting.title() != null ? oneLine(meeting.title())
                : text("samraad.meeting.kind." + meeting.kind().name());
    }

    String subject(DispatchKind kind) {
        return oneLine(text("samraad.communication.subject." + kind.name(), title()));
    }

    /**
     * The mail for one reachable addressee.
     *
     * @param items the agenda or minutes in the addressee's version (empty for a cancellation or a reminder)
     * @param organizer who sends invitations (name and address), for the iCalendar message
     */
    QueuedMail mail(DispatchKind kind, Addressee to, List<AgendaItem> items, int sequence, String[] organizer,
            Instant stamp) {
        List<Block> blocks = blocks(kind, to, items);
        List<MailAttachment> attachments = new ArrayList<>();
        String method = switch (kind) {
            case INVITATION, UPDATE -> "REQUEST";
            case CANCELLATION -> "CANCEL";
            default -> null;
        };
        if (method != null && meeting.startsAt() != null) {
            attachments.add(new MailAttachment("invitation.ics", "text/calendar; method=" + method + "; charset=UTF-8",
                    ics(method, to, sequence, organizer, stamp)));
        }
        return new QueuedMail(to.address(), subject(kind), html(kind, blocks), ConfluenceMailQueueItem.MIME_TYPE_HTML,
                plain(blocks), attachments);
    }

    /** The iCalendar message about the meeting for one attendee. */
    String ics(String method, Addressee to, int sequence, String[] organizer, Instant stamp) {
        String kindText = text("samraad.meeting.kind." + meeting.kind().name());
        ICalendarWriter.Event event = new ICalendarWriter.Event(MeetingCalendar.uid(meeting.id(), spaceKey), sequence,
                meeting.startsAt(), meeting.endsAt(), councilName + ": " + title(), meeting.place(), kindText,
                pageUrl(), "CANCEL".equals(method));
        return ICalendarWriter.invitation(meeting.zoneId(), stamp, event, new ICalendarWriter.Invitation(method,
                organizer[0], organizer[1], to.name(), to.address()));
    }

    /**
     * The answer to an agenda request, for its requester.
     *
     * @param itemNumber the item's number on the agenda for an accepted request; null for a declined one
     * @param reason the secretariat's answer, or null
     */
    QueuedMail requestAnswer(Addressee to, String requestTitle, Integer itemNumber, String reason) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("p", text("samraad.communication.greeting", to.name()), List.of()));
        blocks.add(new Block("p", text("samraad.communication.intro.REQUEST_ANSWERED", councilName), List.of()));
        blocks.add(new Block("p", itemNumber != null
                ? text("samraad.communication.request.accepted", oneLine(requestTitle), itemNumber)
                : text("samraad.communication.request.declined", oneLine(requestTitle)), List.of()));
        if (!Validation.isBlank(reason)) {
            blocks.add(new Block("p", text("samraad.communication.request.reason", oneLine(reason)), List.of()));
        }
        blocks.add(new Block("p", when(), List.of()));
        if (meeting.pageId() != null) {
            blocks.add(new Block("a", text("samraad.communication.open-page"), List.of()));
        }
        blocks.add(new Block("p", text("samraad.communication.footer", councilName), List.of()));
        DispatchKind kind = DispatchKind.REQUEST_ANSWERED;
        return new QueuedMail(to.address(), subject(kind), html(kind, blocks), ConfluenceMailQueueItem.MIME_TYPE_HTML,
                plain(blocks), List.of());
    }

    /** One paragraph, heading or list of the mail, written once for both parts. */
    record Block(String kind, String text, List<Line> lines) {}

    /** One line of a list: its text, the item's easy-read text (or null), further notes (a decision) and links. */
    record Line(String text, String easyRead, List<String> notes, List<String[]> links) {}

    List<Block> blocks(DispatchKind kind, Addressee to, List<AgendaItem> items) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("p", text("samraad.communication.greeting", to.name()), List.of()));
        blocks.add(new Block("p", text("samraad.communication.intro." + kind.name(), councilName), List.of()));
        blocks.add(new Block("p", when(), List.of()));
        if (meeting.place() != null) {
            blocks.add(new Block("p", text("samraad.communication.place", oneLine(meeting.place())), List.of()));
        }
        if (!items.isEmpty()) {
            boolean minutes = kind == DispatchKind.MINUTES_APPROVED || kind == DispatchKind.MINUTES_PUBLISHED;
            blocks.add(new Block("h2", text(minutes ? "samraad.communication.minutes" : "samraad.communication.agenda"),
                    List.of()));
            blocks.add(new Block("ol", null, items.stream().map(item -> line(item, minutes)).toList()));
        }
        if (meeting.pageId() != null) {
            blocks.add(new Block("a", text("samraad.communication.open-page"), List.of()));
        }
        blocks.add(new Block("p", text("samraad.communication.footer", councilName), List.of()));
        return blocks;
    }

    private Line line(AgendaItem item, boolean minutes) {
        String start = item.startsAt() == null ? "" : dates.time(item.startsAt().toLocalTime()) + " ";
        if (item.restricted()) {
            return new Line(item.number() + ". " + start + text("samraad.agenda.closed-item"), null, List.of(),
                    List.of());
        }
        String easyRead = Validation.isBlank(item.easyRead()) ? null
                : text("samraad.communication.easy-read", oneLine(item.easyRead()));
        List<String> notes = new ArrayList<>();
        if (item.caseNumber() != null) {
            notes.add(text("samraad.agenda.field.case-number") + " " + item.caseNumber());
        }
        if (minutes && !Validation.isBlank(item.decision())) {
            notes.add(text("samraad.communication.decision", oneLine(item.decision())));
        }
        List<String[]> links = new ArrayList<>();
        for (AgendaAttachment a : item.attachments()) {
            if (a.restricted() || a.closed()) {
                continue;
            }
            String label = text("samraad.communication.attachment", a.number(), oneLine(a.title()))
                    + (a.documentNumber() == null ? ""
                            : " (" + text("samraad.agenda.field.document-number") + " " + a.documentNumber() + ")");
            String href = a.url() != null ? a.url()
                    : meeting.pageId() == null ? null
                    : PageLinks.withoutTrailingSlash(baseUrl) + "/pages/viewpageattachments.action?pageId="
                            + meeting.pageId();
            if (href != null) {
                links.add(new String[] {label, href});
            }
        }
        return new Line(item.number() + ". " + start + oneLine(item.title()), easyRead, notes, links);
    }

    private String when() {
        if (meeting.startsAt() == null) {
            return "";
        }
        String time = dates.timeSpan(meeting.startsAt().toLocalTime(),
                meeting.endsAt() == null ? null : meeting.endsAt().toLocalTime());
        return text("samraad.communication.when", dates.weekdayDay(meeting.startsAt().toLocalDate()), time);
    }

    String pageUrl() {
        return meeting.pageId() == null ? null : PageLinks.page(baseUrl, meeting.pageId());
    }

    String html(DispatchKind kind, List<Block> blocks) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\">\n<head><meta charset=\"UTF-8\"><title>").append(escape(subject(kind)))
                .append("</title></head>\n<body style=\"font-family: sans-serif; font-size: 16px; line-height: 1.5\">\n")
                .append("<h1>").append(escape(councilName + ": " + title())).append("</h1>\n");
        for (Block block : blocks) {
            switch (block.kind()) {
                case "h2" -> out.append("<h2>").append(escape(block.text())).append("</h2>\n");
                case "a" -> out.append("<p><a href=\"").append(escape(pageUrl())).append("\">")
                        .append(escape(block.text())).append("</a></p>\n");
                case "ol" -> {
                    out.append("<ol style=\"list-style: none; padding-left: 0\">\n");
                    for (Line line : block.lines()) {
                        out.append("<li><strong>").append(escape(line.text())).append("</strong>");
                        if (line.easyRead() != null) {
                            out.append("<br>").append(escape(line.easyRead()));
                        }
                        for (String note : line.notes()) {
                            out.append("<br>").append(escape(note));
                        }
                        for (String[] link : line.links()) {
                            out.append("<br><a href=\"").append(escape(link[1])).append("\">").append(escape(link[0]))
                                    .append("</a>");
                        }
                        out.append("</li>\n");
                    }
                    out.append("</ol>\n");
                }
                default -> out.append("<p>").append(escape(block.text())).append("</p>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    String plain(List<Block> blocks) {
        StringBuilder out = new StringBuilder(councilName + ": " + title()).append("\n\n");
        for (Block block : blocks) {
            switch (block.kind()) {
                case "h2" -> out.append(block.text().toUpperCase(locale)).append("\n\n");
                case "a" -> out.append(block.text()).append(": ").append(pageUrl()).append("\n\n");
                case "ol" -> {
                    for (Line line : block.lines()) {
                        out.append(line.text()).append("\n");
                        if (line.easyRead() != null) {
                            out.append("   ").append(line.easyRead()).append("\n");
                        }
                        line.notes().forEach(n -> out.append("   ").append(n).append("\n"));
                        line.links().forEach(l -> out.append("   ").append(l[0]).append(": ").append(l[1]).append("\n"));
                    }
                    out.append("\n");
                }
                default -> out.append(block.text()).append("\n\n");
            }
        }
        return out.toString();
    }

    private String text(String key, Object... arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = String.valueOf(arguments[i]);
        }
        return i18n.text(locale, key, values);
    }
}
