package org.samraad.action;

/** A status in the inline editor's select: the API name and the reader's words for it. */
public record ActionStatusOptionView(String value, String label) {}
