package org.samraad.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON the reader refused for a reason other than its syntax or its shape, above all a body over one of
 * {@link JsonLimits}' bounds (too deep, a text or number too long): 400 with a plain message. Jackson's own
 * message names its classes and is never shown.
 */
@Provider
@Priority(1)
public class JsonLimitExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    private final ErrorResponses responses;

    @Inject
    public JsonLimitExceptionMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        Response limit = JsonLimits.overLimit(e, responses);
        return limit != null ? limit : responses.of(400, "samraad.error.malformed-json");
    }
}
