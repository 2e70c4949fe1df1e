package org.samraad.platform.rest;

import java.util.List;

/** The one error shape of the API: {"status": 400, "message": "…", "errors": [{"field": …, "message": …}]}. */
public record ErrorBody(int status, String message, List<FieldMessage> errors) {
    public ErrorBody {
        errors = List.copyOf(errors);
    }

    public record FieldMessage(String field, String message) {}
}
