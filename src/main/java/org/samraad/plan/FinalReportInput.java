package org.samraad.plan;

/** What making an annual report final may say: the page to write it into (none: the page it was written into last). */
public record FinalReportInput(Long pageId) {}
