package org.samraad.council;

/** A choice in a select of the members macro's inline form. */
public record OptionView(String value, String label) {}
