package com.atlassian.mail;

/** Stand-in (atlassian-mail, as imported by confluence 8.7.2 [DF]); the plugin only lets it through. */
public class MailException extends Exception {
}
