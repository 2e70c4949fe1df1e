package org.samraad.action;

import java.util.List;

/**
 * One window of the register and the number of actions matching the filter in all.
 *
 * @param unreached the ids of the window's open actions nobody can be mailed about, for those who look after their
 *     council (space editors and the council's insiders); empty for anyone else
 */
public record ActionPage(List<ActionItem> items, int total, List<Integer> unreached) {
    public ActionPage {
        items = List.copyOf(items);
        unreached = List.copyOf(unreached);
    }

    public ActionPage(List<ActionItem> items, int total) {
        this(items, total, List.of());
    }
}
