package org.samraad.action;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Instant;
import java.util.Optional;
import org.samraad.council.CouncilZone;
import org.samraad.platform.I18n;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.mail.MailQueue;
import org.samraad.platform.mail.MailRecipient;
import org.samraad.platform.mail.MailRecipients;
import org.samraad.platform.mail.ReminderDigests;
import org.springframework.stereotype.Component;

/**
 * Reminders about action items: one digest e-mail per recipient with the actions due within their council's
 * reminder days and the overdue ones (open or in progress only).
 *
 * <p>Recipient: the owner if that is a Confluence user, else the owning council member's own e-mail address (as the
 * member list keeps it), else the owning organisation's contact user, else its contact e-mail address; the first of
 * these who can receive the action gets it. A Confluence user can receive it
 * only with an e-mail address and permission to view the council's space (checked for that user: a job has no
 * current user). An address without an account always can: it is the organisation's own, and gets no links.
 * A user reads the digest in their own Confluence language when Samråd speaks it (en, da, sv), else in the
 * council's; an address without an account reads it in the council's language.
 *
 * <p>Once per due state: the mark for the reminder (before, or after the due date) is claimed with a conditional
 * UPDATE in the same transaction that queues the mail, so a second run, a restart or another node sends nothing
 * twice; {@link ActionWorkflow} clears both marks when the due date changes or the action is reopened.
 */
@Component
public class ActionReminders {
    private final ReminderQuery query;
    private final Transactions transactions;
    private final MailQueue mail;
    private final MailRecipients recipients;
    private final ApplicationProperties application;
    private final I18n i18n;
    private final TimeSource time;

    public ActionReminders(
            ReminderQuery query,
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

    /** What one run did: digests queued and actions reminded. */
    public record Outcome(int digests, int actions) {}

    public Outcome sendDue() {
        Instant now = time.now();
        MailRecipients.Run lookups = recipients.run();
        ReminderDigests<ReminderDigest.Reminder> digests = new ReminderDigests<>();
        for (ReminderCandidate action : query.candidates(CouncilZone.todayOfEveryCouncil(time))) {
            ReminderKind kind = action.kindOn(CouncilZone.today(now, action.councilLocale()));
            if (kind == null) {
                continue;
            }
            recipient(action, lookups).ifPresent(to -> digests.add(to, new ReminderDigest.Reminder(action, kind)));
        }
        String baseUrl = application.getBaseUrl(UrlMode.CANONICAL);
        ReminderDigests.Sent sent = digests.send(transactions, mail, r -> query.claim(r.action(), r.kind(), now),
                (to, claimed) -> new ReminderDigest(to, claimed, i18n, baseUrl).mail());
        return new Outcome(sent.digests(), sent.reminders());
    }

    private Optional<MailRecipient> recipient(ReminderCandidate action, MailRecipients.Run lookups) {
        return new ActionAddressees(action.ownerUserKey(), action.ownerEmail(), action.contactUserKey(),
                action.contactEmail()).first(action.spaceKey(), action.councilLocale(), lookups);
    }
}
