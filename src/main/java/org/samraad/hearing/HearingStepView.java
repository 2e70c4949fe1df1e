package org.samraad.hearing;

/** One step of the status bar: its name, and whether it is done, the current one or still ahead, in words. */
public record HearingStepView(String label, String state, String stateText, boolean current) {}
