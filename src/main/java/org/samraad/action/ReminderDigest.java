package org.samraad.action;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import java.io.Serializable;
import java.util.List;
import org.samraad.platform.ContentLanguage;
import org.samraad.platform.I18n;
import org.samraad.platform.PageLinks;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.mail.MailRecipient;
import org.samraad.platform.mail.MailText;
import org.samraad.platform.mail.QueuedMail;

/**
 * One recipient's reminder e-mail: the overdue actions, then those due soon, each with its due date, status,
 * organisation and council, in the recipient's language. Confluence users get simple HTML with a link to each
 * council's space; an address without an account gets plain text without links. Every value is escaped here.
 */
final class ReminderDigest {
    /** What is late comes first. */
    private static final List<ReminderKind> ORDER = List.of(ReminderKind.OVERDUE, ReminderKind.DUE_SOON);

    private final MailRecipient recipient;
    private final List<Reminder> reminders;
    private final I18n i18n;
    private final String baseUrl;
    private final ReaderDates dates;

    /** One action in a digest, with the reminder it gets. */
    record Reminder(ReminderCandidate action, ReminderKind kind) {}

    ReminderDigest(MailRecipient recipient, List<Reminder> reminders, I18n i18n, String baseUrl) {
        this.recipient = recipient;
        this.reminders = List.copyOf(reminders);
        this.i18n = i18n;
        this.baseUrl = baseUrl;
        this.dates = ReaderDates.of(recipient.locale());
    }

    QueuedMail mail() {
        String subject = oneLine(text("samraad.action.reminder.subject", reminders.size()));
        return recipient.hasAccount()
                ? new QueuedMail(recipient.address(), subject, html(), ConfluenceMailQueueItem.MIME_TYPE_HTML)
                : new QueuedMail(recipient.address(), subject, plain(), ConfluenceMailQueueItem.MIME_TYPE_TEXT);
    }

    private String html() {
        StringBuilder out = new StringBuilder("<html lang=\"").append(recipient.locale().getLanguage()).append("\"><body>\n<p>")
                .append(escape(text("samraad.action.reminder.intro"))).append("</p>\n");
        for (ReminderKind kind : ORDER) {
            List<Reminder> ofKind = ofKind(kind);
            if (ofKind.isEmpty()) {
                continue;
            }
            out.append("<h2>").append(escape(heading(kind, ofKind.size()))).append("</h2>\n<ul>\n");
            for (Reminder reminder : ofKind) {
                ReminderCandidate a = reminder.action();
                String lang = ContentLanguage.of(a.councilLocale(), recipient.locale()).attribute();
                out.append("<li><strong").append(lang).append(">").append(escape(a.title())).append("</strong> – ")
                        .append(escape(facts(a))).append(" – <a href=\"").append(escape(spaceUrl(a))).append("\"")
                        .append(lang).append(">")
                        .append(escape(a.councilName())).append("</a></li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("<p>").append(escape(text("samraad.action.reminder.footer"))).append("</p>\n</body></html>\n")
                .toString();
    }

    private String plain() {
        StringBuilder out = new StringBuilder(text("samraad.action.reminder.intro")).append("\n");
        for (ReminderKind kind : ORDER) {
            List<Reminder> ofKind = ofKind(kind);
            if (ofKind.isEmpty()) {
                continue;
            }
            out.append("\n").append(heading(kind, ofKind.size())).append("\n");
            for (Reminder reminder : ofKind) {
                ReminderCandidate a = reminder.action();
                out.append("- ").append(oneLine(a.title())).append(" – ").append(facts(a)).append(" – ")
                        .append(oneLine(a.councilName())).append("\n");
            }
        }
        return out.append("\n").append(text("samraad.action.reminder.footer-no-account")).append("\n").toString();
    }

    private List<Reminder> ofKind(ReminderKind kind) {
        return reminders.stream().filter(r -> r.kind() == kind).toList();
    }

    private String heading(ReminderKind kind, int count) {
        return text(kind == ReminderKind.OVERDUE ? "samraad.action.reminder.overdue" : "samraad.action.reminder.due-soon",
                count);
    }

    /** Due date, status and owning organisation, as one line. */
    private String facts(ReminderCandidate a) {
        String facts = text("samraad.action.reminder.due", dates.day(a.dueDate())) + ", "
                + text("samraad.action.status." + a.status().name());
        return a.organisationName() == null ? facts : facts + ", " + oneLine(a.organisationName());
    }

    private String spaceUrl(ReminderCandidate a) {
        return PageLinks.space(baseUrl, a.spaceKey());
    }

    private String text(String key, Object... arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // a count stays a number, for the texts' choice formats ("1 action item", "2 action items")
            values[i] = arguments[i] instanceof Number number ? number : String.valueOf(arguments[i]);
        }
        return i18n.text(recipient.locale(), key, values);
    }

    private static String oneLine(String text) {
        return MailText.oneLine(text);
    }

    private static String escape(String text) {
        return MailText.escape(text);
    }
}
