package org.samraad.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.List;
import org.samraad.platform.ConfirmationRequiredException;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/** Builds error responses in the caller's language; shared by the exception mappers. */
@Component
public class ErrorResponses {
    private final I18n i18n;

    @Inject
    public ErrorResponses(I18n i18n) {
        this.i18n = i18n;
    }

    public Response of(int status, String messageKey, Serializable... arguments) {
        return of(status, messageKey, arguments, List.of());
    }

    public Response of(int status, String messageKey, Serializable[] arguments, List<FieldError> fieldErrors) {
        return of(status, messageKey, arguments, fieldErrors, null);
    }

    /** @param current the item as it is now, for a 409 after a lost workflow race; null otherwise */
    public Response of(int status, String messageKey, Serializable[] arguments, List<FieldError> fieldErrors,
            Object current) {
        List<ErrorBody.FieldMessage> fields = fieldErrors.stream()
                .map(e -> new ErrorBody.FieldMessage(
                        e.field(), i18n.text(e.messageKey(), e.arguments().toArray(Serializable[]::new))))
                .toList();
        ErrorBody body = new ErrorBody(status, i18n.text(messageKey, arguments), fields, current);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** A 409 that the caller may confirm: what to confirm, each as data and in the caller's language. */
    public Response confirmation(ConfirmationRequiredException e) {
        List<ConfirmationBody.Missing> missing = e.reasons().stream()
                .map(r -> new ConfirmationBody.Missing(r.kind(), r.id(), r.number(), r.title(),
                        i18n.text(r.messageKey(), r.arguments().toArray(Serializable[]::new))))
                .toList();
        ConfirmationBody body = new ConfirmationBody(e.status(), i18n.text(e.messageKey(), e.arguments()), List.of(),
                true, missing);
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    public Response invalidField(String field, String messageKey) {
        return of(400, "samraad.error.invalid-input", new Serializable[0], List.of(FieldError.of(field, messageKey)));
    }
}
