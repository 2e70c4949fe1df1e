package org.samraad.platform.rest;

import java.util.List;

/** Every list endpoint answers {"items": […], "total": N, "limit": L, "offset": O}. */
public record ListResponse<T>(List<T> items, int total, int limit, int offset) {
    public ListResponse {
        items = List.copyOf(items);
    }

    /** A list that is returned whole (small by nature, e.g. councils). */
    public static <T> ListResponse<T> all(List<T> items) {
        return new ListResponse<>(items, items.size(), items.size(), 0);
    }
}
