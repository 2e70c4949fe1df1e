package org.samraad.platform.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Well-formed JSON of the wrong shape: 400 with the offending field named (e.g. a number where text belongs). A reply
 * Jackson could not write is not the caller's mistake: it is logged and answered as any unexpected failure (500).
 */
@Provider
@Priority(1)
public class JsonMappingExceptionMapper implements ExceptionMapper<JsonMappingException> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonMappingExceptionMapper.class);
    private final ErrorResponses responses;

    @Inject
    public JsonMappingExceptionMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(JsonMappingException e) {
        if (e.getProcessor() instanceof JsonGenerator) {
            LOG.error("A Samråd REST reply could not be written as JSON", e);
            return responses.of(500, "samraad.error.unexpected");
        }
        // the reader wraps a bound it met inside a value (e.g. nesting under a field) with that field's path
        Response limit = JsonLimits.overLimit(e, responses);
        if (limit != null) {
            return limit;
        }
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return responses.of(400, "samraad.error.malformed-json");
        }
        return responses.invalidField(
                field,
                e instanceof UnrecognizedPropertyException ? "samraad.error.unknown-field" : "samraad.error.wrong-type");
    }
}
