package org.samraad.hearing;

import java.util.List;

/**
 * One window of a council's hearings with the total that matched, and the year's on-time rate.
 *
 * @param unreached the ids of the window's open hearings whose responsible person cannot be mailed, for those who
 *     look after the council (empty for anyone else)
 */
public record HearingRegister(List<Hearing> items, int total, OnTimeRate onTimeRate, List<Integer> unreached) {
    public HearingRegister {
        items = List.copyOf(items);
        unreached = List.copyOf(unreached);
    }
}
