package org.samraad.council;

/**
 * A term running out soon, in the members macro. {@code termEnd} is ISO (yyyy-MM-dd) for a {@code <time>} element,
 * {@code termEndText} the day in the reader's words.
 */
public record TermLineView(String name, String seat, String termEnd, String termEndText, String daysLeftText) {}
