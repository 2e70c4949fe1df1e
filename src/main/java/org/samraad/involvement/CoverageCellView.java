package org.samraad.involvement;

/** A cell in words; {@code gap} marks it for styling too, never by colour alone. */
public record CoverageCellView(String text, boolean gap) {}
