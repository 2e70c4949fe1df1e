package org.samraad.platform;

import java.util.Collection;
import java.util.Map;

/**
 * The form values of a blueprint wizard as the create-content plugin hands them to event listeners: strings, or
 * (depending on the form control) one-element arrays or lists.
 */
public final class WizardFields {
    /** The hidden wizard field that names our blueprint. */
    public static final String BLUEPRINT_FIELD = "samraadBlueprint";

    private WizardFields() {}

    /** Whether the event came from our blueprint of that name (other plugins' blueprints are never looked at). */
    public static boolean isOurs(Map<String, Object> context, String blueprint) {
        return context != null && blueprint.equals(text(context.get(BLUEPRINT_FIELD)));
    }

    public static String text(Map<String, Object> context, String field) {
        return context == null ? null : text(context.get(field));
    }

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
