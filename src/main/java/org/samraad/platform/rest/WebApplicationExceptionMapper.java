package org.samraad.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Framework refusals (404 route, 405, 406, 415) in the same JSON shape as our own errors. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private final ErrorResponses responses;

    @Inject
    public WebApplicationExceptionMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String key = switch (status) {
            case 404 -> "samraad.error.not-found";
            case 405 -> "samraad.error.method-not-allowed";
            case 415 -> "samraad.error.unsupported-media-type";
            default -> status < 500 ? "samraad.error.bad-request" : "samraad.error.unexpected";
        };
        return responses.of(status, key);
    }
}
