package org.samraad.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.testing.FakeConfluence;

/**
 * A body of the wrong shape is the caller's mistake (400, the field named); a reply Jackson cannot write is the
 * plugin's (500): the caller's data was fine, and a 400 would send them looking for a mistake they did not make.
 */
public class JsonMappingExceptionMapperTest {
    private final JsonMappingExceptionMapper mapper = new JsonMappingExceptionMapper(
            new ErrorResponses(new FakeConfluence().i18n(new HostI18nResolver(List.of("i18n.samraad")))));

    record Reply(LocalDate day) {}

    record Body(int count) {}

    @Test
    public void aBodyWithAFieldOfTheWrongTypeIsTheCallersMistake() {
        Response response = mapper.toResponse(failure(() -> new ObjectMapper().readValue("{\"count\": []}", Body.class)));

        assertEquals(400, response.getStatus());
        assertEquals("count", ((ErrorBody) response.getEntity()).errors().get(0).field());
    }

    @Test
    public void aReplyJacksonCannotWriteIsTheServersFaultAndNamesNoClass() {
        Response response = mapper.toResponse(failure(() -> new ObjectMapper().writeValueAsString(
                new Reply(LocalDate.of(2026, 12, 7)))));

        assertEquals(500, response.getStatus());
        ErrorBody body = (ErrorBody) response.getEntity();
        assertEquals(List.of(), body.errors());
        assertFalse(body.message(), body.message().contains("LocalDate") || body.message().contains("java."));
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static JsonMappingException failure(Call call) {
        try {
            call.run();
        } catch (JsonMappingException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        fail("no mapping failure");
        return null;
    }
}
