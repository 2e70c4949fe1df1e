package org.samraad.action;

import java.util.Locale;

/**
 * The orders the register offers, by the name the API uses. The SQL for each lives in {@link ActionsQuery}, chosen
 * from this fixed list, so no text from a request ever reaches the ORDER BY.
 */
public enum ActionSort {
    DUE_DATE("dueDate"),
    STATUS("status"),
    ORGANISATION("organisation"),
    UPDATED("updated");

    private final String apiName;

    ActionSort(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The sort named {@code text} (case ignored), or null. */
    static ActionSort byApiName(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ActionSort sort : values()) {
            if (sort.apiName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return sort;
            }
        }
        return null;
    }
}
