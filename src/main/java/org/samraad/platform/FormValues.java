package org.samraad.platform;

import java.util.Collection;
import java.util.Map;

/** Values of a create-content wizard as the blueprint events carry them. */
public final class FormValues {
    /** The hidden wizard field that names our blueprint. */
    public static final String BLUEPRINT_FIELD = "samraadBlueprint";

    private FormValues() {}

    /** Whether the event came from our blueprint of that name (other plugins' blueprints are never looked at). */
    public static boolean isOurs(Map<String, Object> context, String blueprint) {
        return context != null && blueprint.equals(text(context.get(BLUEPRINT_FIELD)));
    }

    public static String text(Map<String, Object> context, String field) {
        return context == null ? null : text(context.get(field));
    }

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
