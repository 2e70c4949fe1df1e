package org.samraad.action;

import java.util.List;

/** One window of the register and the number of actions matching the filter in all. */
public record ActionPage(List<ActionItem> items, int total) {
    public ActionPage {
        items = List.copyOf(items);
    }
}
