package org.samraad.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one error shape of the API: {"status": 400, "message": "…", "errors": [{"field": …, "message": …}]}; a 409
 * after a lost workflow race adds "current", the item as it is now.
 */
public record ErrorBody(int status, String message, List<FieldMessage> errors,
        @JsonInclude(JsonInclude.Include.NON_NULL) Object current) {
    public ErrorBody {
        errors = List.copyOf(errors);
    }

    public ErrorBody(int status, String message, List<FieldMessage> errors) {
        this(status, message, errors, null);
    }

    public record FieldMessage(String field, String message) {}
}
