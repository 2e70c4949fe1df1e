package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.platform.rest.ErrorResponses;
import org.samraad.platform.rest.ServiceExceptionMapper;
import org.samraad.testing.FakeConfluence;

/** The API's answer to a lost workflow race: 409, a message naming the state now, and that state in "current". */
public class WorkflowConflictResponseTest {
    /** As the host's JSON provider writes it: a plain mapper, no configuration of the plugin's. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ServiceExceptionMapper mapper = new ServiceExceptionMapper(
            new ErrorResponses(new FakeConfluence().i18n(new HostI18nResolver(List.of("i18n.samraad")))));

    @Test
    public void aLostWorkflowRaceIsAConflictThatCarriesTheStateNow() throws Exception {
        Response response = mapper.toResponse(new WorkflowConflictException(Map.of("status", "HELD", "version", 3), "Held"));

        JsonNode body = JSON.readTree(JSON.writeValueAsString(response.getEntity()));
        assertEquals(409, response.getStatus());
        assertEquals(409, body.get("status").asInt());
        assertEquals("HELD", body.get("current").get("status").asText());
        assertEquals(3, body.get("current").get("version").asInt());
        assertEquals("Someone else moved this on in the meantime: it is now Held. Look at it again, then choose the "
                + "next step.", body.get("message").asText());
    }

    @Test
    public void otherErrorsHaveNoCurrentState() throws Exception {
        JsonNode body = JSON.readTree(JSON.writeValueAsString(mapper.toResponse(new StaleVersionException()).getEntity()));

        assertEquals(409, body.get("status").asInt());
        assertFalse(body.has("current"));
    }
}
