package org.samraad.communication;

/**
 * One line of the dispatch log as the macro prints it: the dispatch in words, the recipient, the outcome in words
 * (never colour alone), and when.
 *
 * @param at the instant, ISO-8601, for the time element
 * @param atText the time in the council's zone
 */
public record DispatchLogLineView(String kind, String recipient, String outcome, boolean unreached, String at,
        String atText) {}
