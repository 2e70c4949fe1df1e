package org.samraad.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other mapper answers (a bug, a checked exception from a library) is logged for the administrator;
 * the caller gets a plain 500 with no stack trace and no class name.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
    private final ErrorResponses responses;

    @Inject
    public UnexpectedExceptionMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(Throwable e) {
        LOG.error("Unexpected error in Samråd REST call", e);
        return responses.of(500, "samraad.error.unexpected");
    }
}
