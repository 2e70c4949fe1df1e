package org.samraad.action;

/** One line of the register's totals (per status or per organisation): what is counted, in words, and how many. */
public record ActionTotalView(String label, int count) {}
