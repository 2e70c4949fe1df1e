package org.samraad.action;

import java.util.Optional;
import org.samraad.platform.mail.MailRecipient;
import org.samraad.platform.mail.MailRecipients;
import org.samraad.platform.mail.MailText;

/**
 * Who can be mailed about an action, in the order the reminders try them: the owner if that is a Confluence user,
 * else the owning council member's own e-mail address (as the member list keeps it), else the owning organisation's
 * contact user, else its contact e-mail address. A user counts only with an address and permission to view the
 * council's space ({@link MailRecipients}); an address without an account always does. The reminders mail the
 * first; the register flags an open action with none to the secretary.
 *
 * @param ownerEmail the owning member's own address, or null
 */
record ActionAddressees(String ownerUserKey, String ownerEmail, String contactUserKey, String contactEmail) {

    Optional<MailRecipient> first(String spaceKey, String councilLocale, MailRecipients.Run lookups) {
        Optional<MailRecipient> owner = lookups.user(ownerUserKey, spaceKey, councilLocale);
        if (owner.isPresent()) {
            return owner;
        }
        // a member who owns the action is reminded at their own address (no account, or none in the account)
        if (ownerEmail != null && !ownerEmail.isBlank()) {
            return Optional.of(new MailRecipient(ownerEmail.strip(), null, MailText.locale(councilLocale)));
        }
        Optional<MailRecipient> contact = lookups.user(contactUserKey, spaceKey, councilLocale);
        if (contact.isPresent()) {
            return contact;
        }
        if (contactEmail != null && !contactEmail.isBlank()) {
            return Optional.of(new MailRecipient(contactEmail.strip(), null, MailText.locale(councilLocale)));
        }
        return Optional.empty();
    }
}
