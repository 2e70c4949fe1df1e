package org.samraad.budget;

/** How transport is paid with a per-diem: not at all, a fixed amount per meeting, or an amount per kilometre. */
public enum TransportRate {
    NONE, FIXED, PER_KM
}
