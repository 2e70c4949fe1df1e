package org.samraad.hearing;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.samraad.council.CouncilZone;
import org.samraad.platform.I18n;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.mail.MailQueue;
import org.samraad.platform.mail.MailRecipients;
import org.samraad.platform.mail.ReminderDigests;
import org.springframework.stereotype.Component;

/**
 * Reminders before a hearing's deadline: on each of the council's reminder days (default 7 and 2 days before), one
 * e-mail per responsible person listing their open hearings that reached one, through the mail queue action
 * reminders use. Recipient: the responsible Confluence user, if they have an address and can view the council's
 * space and the hearing's response page (see {@link MailRecipients}); anyone else gets nothing, and a hearing whose
 * page the user may not view is left out of their mail.
 *
 * <p>Once per reminder day: the day is claimed with a conditional UPDATE in the transaction that queues the mail, so
 * a second run, a restart or another node sends nothing twice; {@link HearingWorkflow} clears the claim when the
 * deadline changes.
 */
@Component
public class HearingReminders {
    private final HearingReminderQuery query;
    private final Transactions transactions;
    private final MailQueue mail;
    private final MailRecipients recipients;
    private final ApplicationProperties application;
    private final I18n i18n;
    private final TimeSource time;

    public HearingReminders(
            HearingReminderQuery query,
            Transactions transactions,
            MailQueue mail,
            MailRecipients recipients,
            @ComponentImport ApplicationProperties application,
            I18n i18n,
            TimeSource time) {
        this.query = query;
        this.transactions = transactions;
        this.mail = mail;
        this.recipients = recipients;
        this.application = application;
        this.i18n = i18n;
        this.time = time;
    }

    /** What one run did: e-mails queued and hearings reminded. */
    public record Outcome(int digests, int hearings) {}

    public Outcome sendDue() {
        Instant now = time.now();
        MailRecipients.Run lookups = recipients.run();
        ReminderDigests<HearingReminderDigest.Reminder> digests = new ReminderDigests<>();
        // the earliest calendar day of any zone, so no council's hearings are left out; each is judged in its own zone
        for (HearingReminderCandidate hearing : query.candidates(LocalDate.ofInstant(now, ZoneOffset.ofHours(-12)))) {
            LocalDate today = CouncilZone.today(now, hearing.councilLocale());
            Integer day = hearing.reminderDayOn(today);
            if (day == null) {
                continue;
            }
            lookups.user(hearing.responsibleUserKey(), hearing.spaceKey(), hearing.pageId(), hearing.councilLocale())
                    .ifPresent(to -> digests.add(to, new HearingReminderDigest.Reminder(hearing, day,
                            HearingDeadline.daysLeft(hearing.deadline(), today))));
        }
        String baseUrl = application.getBaseUrl(UrlMode.CANONICAL);
        ReminderDigests.Sent sent = digests.send(transactions, mail,
                r -> query.claim(r.hearing(), r.reminderDay(), now),
                (to, claimed) -> new HearingReminderDigest(to, claimed, i18n, baseUrl).mail());
        return new Outcome(sent.digests(), sent.reminders());
    }
}
