package org.samraad.council;

/**
 * What a client sends to create or change a council. Kind is text so an unknown value gets a field error in
 * the caller's language; version is required on update (optimistic locking).
 */
public record CouncilInput(String spaceKey, String name, String kind, String purpose, Integer version) {}
