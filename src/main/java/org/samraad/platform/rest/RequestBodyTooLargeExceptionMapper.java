package org.samraad.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body over {@link JsonLimits#MAX_BODY_BYTES}: 400 saying how much may be sent. */
@Provider
@Priority(1)
public class RequestBodyTooLargeExceptionMapper implements ExceptionMapper<RequestBodyTooLargeException> {
    private final ErrorResponses responses;

    @Inject
    public RequestBodyTooLargeExceptionMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(RequestBodyTooLargeException e) {
        return JsonLimits.overLimit(e, responses);
    }
}
