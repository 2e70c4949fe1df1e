package org.samraad.council;

/**
 * Who is looking at a council's members. {@code insider}: a space administrator or a serving council member
 * (any role but observer) — they see contact details and unpublished names. {@code editor}: may add, change and
 * remove members (space EDIT). {@code administrator}: may also confirm over-filling a seat.
 */
public record Viewer(boolean insider, boolean editor, boolean administrator) {}
