package org.samraad.platform;

import java.util.Collection;

/** Values of a create-content wizard as the blueprint events carry them. */
public final class FormValues {
    private FormValues() {}

    /** Form values arrive as strings; tolerate a one-element array or list as well. */
    public static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof String[] values) {
            return values.length == 0 ? null : values[0];
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? null : text(values.iterator().next());
        }
        return value == null ? null : value.toString();
    }
}
