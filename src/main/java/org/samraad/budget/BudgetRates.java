package org.samraad.budget;

/**
 * What a per-diem pays, in whole minor units: {@code perMeeting} for each meeting attended, and transport as
 * {@code transportAmount} per meeting (FIXED) or per kilometre (PER_KM), or none.
 */
public record BudgetRates(long perMeeting, TransportRate transport, long transportAmount) {

    static final BudgetRates NONE = new BudgetRates(0, TransportRate.NONE, 0);

    long transportFor(Integer km) {
        return switch (transport) {
            case NONE -> 0;
            case FIXED -> transportAmount;
            case PER_KM -> km == null ? 0 : transportAmount * km;
        };
    }
}
