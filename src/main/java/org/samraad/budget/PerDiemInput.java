package org.samraad.budget;

import java.util.List;

/**
 * The secretary's change to a meeting's per-diem list: the kilometres of members (transport per km) and whether the
 * list is approved. Approving freezes the list; an approved list takes no change but {@code approved: false}.
 *
 * @param version the version read (0 for a list never saved)
 */
public record PerDiemInput(List<Distance> lines, Boolean approved, Integer version) {

    /** A member's distance in whole kilometres. */
    public record Distance(Integer memberId, Integer km) {}
}
