package org.samraad.council;

/** The chair or vice chair, named above the seat groups of the members macro. */
public record ChairLineView(String role, String name) {}
