package org.samraad.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;

/** One row by id, or 404: what a service loads before it checks the caller may see the row's space. */
public final class Rows {
    private Rows() {}

    public static <T extends RawEntity<Integer>> T existing(ActiveObjects ao, Class<T> type, int id) {
        T row = ao.get(type, id);
        if (row == null) {
            throw new NotFoundException();
        }
        return row;
    }
}
