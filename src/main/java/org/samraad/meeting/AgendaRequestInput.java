package org.samraad.meeting;

/** A new request for an agenda item: what it is about, and why (it becomes the item's case presentation). */
public record AgendaRequestInput(String title, String description) {}
