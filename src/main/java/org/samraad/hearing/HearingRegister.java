package org.samraad.hearing;

import java.util.List;

/** One window of a council's hearings with the total that matched, and the year's on-time rate. */
public record HearingRegister(List<Hearing> items, int total, OnTimeRate onTimeRate) {}
