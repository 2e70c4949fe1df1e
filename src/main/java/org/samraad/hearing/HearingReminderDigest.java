package org.samraad.hearing;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import java.io.Serializable;
import java.util.List;
import org.samraad.platform.ContentLanguage;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.PageLinks;
import org.samraad.platform.mail.MailRecipient;
import org.samraad.platform.mail.MailText;
import org.samraad.platform.mail.QueuedMail;

/**
 * One responsible person's e-mail about hearing deadlines coming up: each hearing with its deadline, the days left,
 * its status and council, linked to its response page (or the council's space when it has none), in the recipient's
 * language. Only Confluence users get it — the responsible person is a user key, checked for an address and for
 * permission to view the space; a responsible person typed as a name has no account and gets nothing, so the
 * register's overdue marking is what reaches them. Every value is escaped here.
 */
final class HearingReminderDigest {
    private final MailRecipient recipient;
    private final List<Reminder> reminders;
    private final I18n i18n;
    private final String baseUrl;
    private final ReaderDates dates;

    /** One hearing in a digest, with the days left until its deadline in its council's zone. */
    record Reminder(HearingReminderCandidate hearing, int reminderDay, long daysLeft) {}

    HearingReminderDigest(MailRecipient recipient, List<Reminder> reminders, I18n i18n, String baseUrl) {
        this.recipient = recipient;
        this.reminders = List.copyOf(reminders);
        this.i18n = i18n;
        this.baseUrl = baseUrl;
        this.dates = ReaderDates.of(recipient.locale());
    }

    QueuedMail mail() {
        String subject = MailText.oneLine(text("samraad.hearing.reminder.subject", reminders.size()));
        StringBuilder out = new StringBuilder("<html lang=\"").append(recipient.locale().getLanguage()).append("\"><body>\n<p>")
                .append(MailText.escape(text("samraad.hearing.reminder.intro"))).append("</p>\n<ul>\n");
        for (Reminder reminder : reminders) {
            HearingReminderCandidate h = reminder.hearing();
            String lang = ContentLanguage.of(h.councilLocale(), recipient.locale()).attribute();
            out.append("<li><a href=\"").append(MailText.escape(link(h))).append("\"><strong").append(lang).append(">")
                    .append(MailText.escape(MailText.oneLine(h.title()))).append("</strong></a> – ")
                    .append(MailText.escape(text("samraad.hearing.reminder.deadline", dates.day(h.deadline()),
                            reminder.daysLeft())))
                    .append(", ").append(MailText.escape(text("samraad.hearing.status." + h.status().name())))
                    .append(" – <span").append(lang).append(">").append(MailText.escape(MailText.oneLine(h.councilName())))
                    .append("</span></li>\n");
        }
        out.append("</ul>\n<p>").append(MailText.escape(text("samraad.hearing.reminder.footer")))
                .append("</p>\n</body></html>\n");
        return new QueuedMail(recipient.address(), subject, out.toString(), ConfluenceMailQueueItem.MIME_TYPE_HTML);
    }

    private String link(HearingReminderCandidate h) {
        return h.pageId() != null ? PageLinks.page(baseUrl, h.pageId()) : PageLinks.space(baseUrl, h.spaceKey());
    }

    private String text(String key, Object... arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // a count stays a number, for the texts' choice formats ("1 action item", "2 action items")
            values[i] = arguments[i] instanceof Number number ? number : String.valueOf(arguments[i]);
        }
        return i18n.text(recipient.locale(), key, values);
    }
}
