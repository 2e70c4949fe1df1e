package org.samraad.platform.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.samraad.platform.Transactions;

/**
 * One reminder run's digests: reminders gathered per recipient address (case does not make two people), then
 * claimed and queued one recipient at a time, each in its own transaction, so a claim and its mail are written
 * together or not at all, and nothing already claimed (by an earlier run or another node) is sent again.
 *
 * @param <R> one reminder, as the feature's digest writes it
 */
public final class ReminderDigests<R> {
    private final Map<String, MailRecipient> recipients = new LinkedHashMap<>();
    private final Map<String, List<R>> reminders = new LinkedHashMap<>();

    public void add(MailRecipient recipient, R reminder) {
        String key = recipient.address().toLowerCase(Locale.ROOT);
        recipients.putIfAbsent(key, recipient);
        reminders.computeIfAbsent(key, k -> new ArrayList<>()).add(reminder);
    }

    /**
     * Claims each recipient's reminders and queues one mail with those claimed.
     *
     * @param claim whether this reminder is still due and is now marked sent (a conditional update)
     * @param compose the digest mail for a recipient and their claimed reminders
     */
    public Sent send(Transactions transactions, MailQueue mail, Predicate<R> claim,
            BiFunction<MailRecipient, List<R>, QueuedMail> compose) {
        int digests = 0;
        int reminded = 0;
        for (Map.Entry<String, List<R>> digest : reminders.entrySet()) {
            MailRecipient recipient = recipients.get(digest.getKey());
            int count = transactions.inTransaction(() -> {
                List<R> claimed = digest.getValue().stream().filter(claim).toList();
                if (!claimed.isEmpty()) {
                    mail.enqueue(compose.apply(recipient, claimed));
                }
                return claimed.size();
            });
            if (count > 0) {
                digests++;
                reminded += count;
            }
        }
        return new Sent(digests, reminded);
    }

    /** How many digests went out, and how many reminders they held. */
    public record Sent(int digests, int reminders) {}
}
