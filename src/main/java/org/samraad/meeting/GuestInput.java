package org.samraad.meeting;

/** A guest as typed: name required; organisation and e-mail address optional. */
public record GuestInput(String name, String organisation, String email, Boolean publishConsent) {}
