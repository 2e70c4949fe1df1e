package org.samraad.platform.mail;

import java.util.Locale;

/**
 * Who a reminder goes to, in which language. A Confluence user reads Samråd and gets links; an address without an
 * account (an organisation's functional address) gets the facts in plain text and no links.
 *
 * @param userKey null for an address without an account
 */
public record MailRecipient(String address, String userKey, Locale locale) {
    public boolean hasAccount() {
        return userKey != null;
    }
}
