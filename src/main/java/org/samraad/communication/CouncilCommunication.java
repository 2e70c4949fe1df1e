package org.samraad.communication;

/** A council's communication settings as the API shows and takes them. */
public record CouncilCommunication(Boolean dayBeforeReminder) {}
