package org.samraad.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.samraad.platform.ConfirmationRequiredException;
import org.samraad.platform.ServiceException;
import org.samraad.platform.ValidationException;
import org.samraad.platform.WorkflowConflictException;

@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {
    private final ErrorResponses responses;

    @Inject
    public ServiceExceptionMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(ServiceException e) {
        if (e instanceof ConfirmationRequiredException c) {
            return responses.confirmation(c);
        }
        return responses.of(
                e.status(),
                e.messageKey(),
                e.arguments(),
                e instanceof ValidationException v ? v.errors() : List.of(),
                e instanceof WorkflowConflictException w ? w.current() : null);
    }
}
