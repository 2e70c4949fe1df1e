package org.samraad.platform;

/** A choice in a select of an inline form. */
public record OptionView(String value, String label) {}
