package org.samraad.plan;

/**
 * "Make the report final" as the annual report macro offers it: the year, the page it is on (to be written into;
 * null outside a page) and the question asked before.
 */
public record FinalReportButton(int year, Long pageId, String confirm) {}
