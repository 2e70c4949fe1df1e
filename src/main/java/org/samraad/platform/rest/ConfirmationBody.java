package org.samraad.platform.rest;

import java.util.List;

/**
 * The error shape of a step that needs confirming (409): the usual status, message and (empty) errors, with
 * {@code confirmationRequired: true} and what to confirm. The client sends the step again with {@code "confirm": true}.
 */
public record ConfirmationBody(int status, String message, List<ErrorBody.FieldMessage> errors,
        boolean confirmationRequired, List<Missing> missing) {
    public ConfirmationBody {
        errors = List.copyOf(errors);
        missing = List.copyOf(missing);
    }

    /** One thing to confirm, in the caller's language, with what it is about where there is something. */
    public record Missing(String kind, Integer id, Integer number, String title, String message) {}
}
