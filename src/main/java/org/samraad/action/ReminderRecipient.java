package org.samraad.action;

import java.util.Locale;

/**
 * Who a reminder goes to. A Confluence user (the owner, or the organisation's contact user) reads Samråd and gets
 * links to the council's space; an organisation's functional e-mail address may have no account, so it gets the
 * facts in plain text and no links.
 *
 * @param userKey null for an address without an account
 */
record ReminderRecipient(String address, String userKey, Locale locale) {
    boolean hasAccount() {
        return userKey != null;
    }
}
