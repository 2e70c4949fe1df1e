package org.samraad.platform.rest;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed JSON: 400 in our error shape, never the parser's message (it echoes the input). */
@Provider
@Priority(1)
public class JsonParseExceptionMapper implements ExceptionMapper<JsonParseException> {
    private final ErrorResponses responses;

    @Inject
    public JsonParseExceptionMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(JsonParseException e) {
        Response limit = JsonLimits.overLimit(e, responses);
        return limit != null ? limit : responses.of(400, "samraad.error.malformed-json");
    }
}
