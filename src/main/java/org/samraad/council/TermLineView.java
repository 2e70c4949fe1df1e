package org.samraad.council;

/** A term running out soon, in the members macro. {@code termEnd} is ISO (yyyy-MM-dd) for a {@code <time>} element. */
public record TermLineView(String name, String seat, String termEnd, String daysLeftText) {}
