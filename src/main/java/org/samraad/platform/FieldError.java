package org.samraad.platform;

import java.io.Serializable;
import java.util.List;

/** One problem with one input field, as an i18n key and its arguments. */
public record FieldError(String field, String messageKey, List<Serializable> arguments) {
    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Serializable... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
