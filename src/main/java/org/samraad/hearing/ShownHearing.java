package org.samraad.hearing;

import java.time.LocalDate;

/**
 * A hearing as a macro shows it, with whether the caller may move it on and record its follow-up, and the
 * council's today (the default day of a submission).
 */
public record ShownHearing(Hearing hearing, boolean editable, LocalDate today) {}
