package org.samraad.council;

import org.samraad.platform.I18n;

/** The name a reader sees for a seat: the council's own label, else its group, with the organisation it is reserved for. */
final class SeatLabels {
    private SeatLabels() {}

    static String of(String label, SeatGroup group, String organisationName, I18n i18n) {
        if (label != null && !label.isBlank()) {
            return label;
        }
        String groupName = i18n.text("samraad.seat.group." + group.name());
        return organisationName == null ? groupName : groupName + " (" + organisationName + ")";
    }

    static String of(Seat seat, I18n i18n) {
        return of(seat.label(), seat.group(), seat.organisationName(), i18n);
    }

    static String of(SeatStatus seat, I18n i18n) {
        return of(seat.label(), seat.group(), seat.organisationName(), i18n);
    }
}
