package org.samraad.action;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.I18n;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.mail.MailQueue;
import org.springframework.stereotype.Component;

/**
 * Reminders about action items: one digest e-mail per recipient with the actions due within their council's
 * reminder days and the overdue ones (open or in progress only).
 *
 * <p>Recipient: the owner if that is a Confluence user, else the owning organisation's contact user, else its
 * contact e-mail address; the first of these who can receive the action gets it. A Confluence user can receive it
 * only with an e-mail address and permission to view the council's space (checked for that user: a job has no
 * current user). An address without an account always can: it is the organisation's own, and gets no links.
 * A user reads the digest in their own Confluence language when Samråd speaks it (en, da, sv), else in the
 * council's; an address without an account reads it in the council's language.
 *
 * <p>Once per due state: the mark for the reminder (before, or after the due date) is claimed with a conditional
 * UPDATE in the same transaction that queues the mail, so a second run, a restart or another node sends nothing
 * twice; {@link ActionService} clears both marks when the due date changes or the action is reopened.
 */
@Component
public class ActionReminders {
    private final ReminderQuery query;
    private final Transactions transactions;
    private final MailQueue mail;
    private final UserAccessor users;
    private final PermissionManager permissionManager;
    private final SpaceManager spaceManager;
    private final ApplicationProperties application;
    private final LocaleManager locales;
    private final I18n i18n;
    private final TimeSource time;

    public ActionReminders(
            ReminderQuery query,
            Transactions transactions,
            MailQueue mail,
            @ComponentImport UserAccessor users,
            @ComponentImport PermissionManager permissionManager,
            @ComponentImport SpaceManager spaceManager,
            @ComponentImport ApplicationProperties application,
            @ComponentImport LocaleManager locales,
            I18n i18n,
            TimeSource time) {
        this.query = query;
        this.transactions = transactions;
        this.mail = mail;
        this.users = users;
        this.permissionManager = permissionManager;
        this.spaceManager = spaceManager;
        this.application = application;
        this.locales = locales;
        this.i18n = i18n;
        this.time = time;
    }

    /** What one run did: digests queued and actions reminded. */
    public record Outcome(int digests, int actions) {}

    public Outcome sendDue() {
        Instant now = time.now();
        LocalDate today = CalendarDays.today(time);
        Lookups lookups = new Lookups();
        Map<String, ReminderRecipient> recipients = new LinkedHashMap<>();
        Map<String, List<ReminderDigest.Reminder>> digests = new LinkedHashMap<>();
        for (ReminderCandidate action : query.candidates(today)) {
            ReminderKind kind = action.kindOn(today);
            if (kind == null) {
                continue;
            }
            recipient(action, lookups).ifPresent(recipient -> {
                String key = recipient.address().toLowerCase(Locale.ROOT);
                recipients.putIfAbsent(key, recipient);
                digests.computeIfAbsent(key, k -> new ArrayList<>()).add(new ReminderDigest.Reminder(action, kind));
            });
        }
        String baseUrl = application.getBaseUrl(UrlMode.CANONICAL);
        int sent = 0;
        int reminded = 0;
        for (Map.Entry<String, List<ReminderDigest.Reminder>> digest : digests.entrySet()) {
            ReminderRecipient recipient = recipients.get(digest.getKey());
            int count = transactions.inTransaction(() -> {
                List<ReminderDigest.Reminder> claimed = digest.getValue().stream()
                        .filter(r -> query.claim(r.action(), r.kind(), now)).toList();
                if (!claimed.isEmpty()) {
                    mail.enqueue(new ReminderDigest(recipient, claimed, i18n, baseUrl).mail());
                }
                return claimed.size();
            });
            if (count > 0) {
                sent++;
                reminded += count;
            }
        }
        return new Outcome(sent, reminded);
    }

    private Optional<ReminderRecipient> recipient(ReminderCandidate action, Lookups lookups) {
        Locale councilLocale = ReminderDigest.locale(action.councilLocale());
        for (String userKey : new String[] {action.ownerUserKey(), action.contactUserKey()}) {
            Optional<ConfluenceUser> user = lookups.user(userKey)
                    .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                    .filter(u -> lookups.canView(u, action.spaceKey()));
            if (user.isPresent()) {
                Locale own = locales.getLocale(user.get());
                return Optional.of(new ReminderRecipient(user.get().getEmail().strip(), userKey,
                        ReminderDigest.speaks(own) ? ReminderDigest.locale(own.getLanguage()) : councilLocale));
            }
        }
        String address = action.contactEmail();
        if (address != null && !address.isBlank()) {
            return Optional.of(new ReminderRecipient(address.strip(), null, councilLocale));
        }
        return Optional.empty();
    }

    /** Users and permissions looked up once per run, whatever the number of actions they own. */
    private final class Lookups {
        private final Map<String, Optional<ConfluenceUser>> users = new HashMap<>();
        private final Map<String, Boolean> views = new HashMap<>();

        Optional<ConfluenceUser> user(String key) {
            if (key == null) {
                return Optional.empty();
            }
            return this.users.computeIfAbsent(key,
                    k -> Optional.ofNullable(ActionReminders.this.users.getUserByKey(new UserKey(k))));
        }

        boolean canView(ConfluenceUser user, String spaceKey) {
            return views.computeIfAbsent(user.getKey().getStringValue() + "\n" + spaceKey, k -> {
                Space space = spaceManager.getSpace(spaceKey);
                return space != null && permissionManager.hasPermission(user, Permission.VIEW, space);
            });
        }
    }
}
