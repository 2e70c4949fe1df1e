package org.samraad.involvement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A small set stored in one column as {@code |a|b|}: the forms of an involvement, the target groups and dimensions
 * an actor covered, the responsible people. One column instead of a join table keeps a list at one statement; the
 * values never contain the separator (enum names, whole numbers, user keys checked by {@link #fits}).
 */
final class KeySet {
    private static final char SEPARATOR = '|';

    private KeySet() {}

    static String encode(Iterable<?> values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            text.append(SEPARATOR).append(value);
        }
        return text.length() == 0 ? null : text.append(SEPARATOR).toString();
    }

    /** The values in stored order, without repeats; empty for null. */
    static List<String> decode(String stored) {
        Set<String> values = new LinkedHashSet<>();
        if (stored != null) {
            for (String value : stored.split("\\" + SEPARATOR)) {
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return new ArrayList<>(values);
    }

    static List<Integer> decodeIds(String stored) {
        List<Integer> ids = new ArrayList<>();
        for (String value : decode(stored)) {
            try {
                ids.add(Integer.valueOf(value));
            } catch (NumberFormatException e) {
                // a value written by hand: not one of the process's topics, so it covers nothing
            }
        }
        return ids;
    }

    /** Whether a value can be stored in a set and read back as itself. */
    static boolean fits(String value) {
        return value != null && !value.isEmpty() && value.indexOf(SEPARATOR) < 0;
    }
}
