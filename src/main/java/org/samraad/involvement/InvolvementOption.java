package org.samraad.involvement;

/** A checkbox or select option of the involvement forms: the value sent to the API and its label in words. */
public record InvolvementOption(String value, String label) {}
