package org.samraad.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;
import org.samraad.council.MemberInput;

/** The bounds of a request body, held by the plugin's own read, not by the host's ObjectMapper. */
public class JsonLimitsTest {
    /** The host's: a plain mapper, which alone would take 1000 levels and numbers of 1000 digits. */
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    public void theApisReaderRefusesNestingDeeperThanItsBound() throws Exception {
        String deep = "[".repeat(JsonLimits.MAX_DEPTH + 1) + "]".repeat(JsonLimits.MAX_DEPTH + 1);
        assertTrue("the plain mapper alone takes it", mapper.readTree(deep).isArray());
        assertThrows(StreamConstraintsException.class, () -> check(deep, JsonNode.class));
        check("[".repeat(JsonLimits.MAX_DEPTH) + "]".repeat(JsonLimits.MAX_DEPTH), JsonNode.class);
    }

    @Test
    public void aBoundMetInsideAFieldIsStillRecognisedAsABound() {
        String deep = "{\"name\":\"R\",\"role\":\"MEMBER\",\"email\":" + "[".repeat(40) + "]".repeat(40) + "}";
        Exception e = assertThrows(Exception.class, () -> check(deep, MemberInput.class));
        assertTrue(e.toString(), e instanceof StreamConstraintsException || e instanceof JsonMappingException);
        assertThrows(StreamConstraintsException.class, () -> check(deep, JsonNode.class));
    }

    @Test
    public void theApisReaderRefusesNumbersLongerThanAnyCountOrId() {
        assertThrows(StreamConstraintsException.class, () -> check("[" + "9".repeat(101) + "]", JsonNode.class));
    }

    @Test
    public void aBodyIsCutOffAtTheBoundWhateverItDeclares() throws Exception {
        byte[] body = ("\"" + "x".repeat(100) + "\"").getBytes(StandardCharsets.UTF_8);
        try (InputStream fits = new JsonBodyLimit.BoundedInputStream(new ByteArrayInputStream(body), -1, 102)) {
            assertEquals(102, fits.readAllBytes().length);
        }
        InputStream undeclared = new JsonBodyLimit.BoundedInputStream(new ByteArrayInputStream(body), -1, 101);
        assertThrows(RequestBodyTooLargeException.class, undeclared::readAllBytes);
        InputStream declared = new JsonBodyLimit.BoundedInputStream(new ByteArrayInputStream(body), 5_000, 1_000);
        assertThrows(RequestBodyTooLargeException.class, declared::read);
        InputStream parsed = new JsonBodyLimit.BoundedInputStream(new ByteArrayInputStream(body), -1, 50);
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(parsed, JsonNode.class));
        assertTrue("an I/O failure the reader passes through, not a mapping error: " + e,
                e instanceof RequestBodyTooLargeException);
    }

    @Test
    public void aRefusalOfTheCheckedBodyReachesTheReaderAsItsOwnFailureAtTheFirstRead() {
        String deep = "[".repeat(JsonLimits.MAX_DEPTH + 1) + "]".repeat(JsonLimits.MAX_DEPTH + 1);
        InputStream body = new JsonInputRules.CheckedBody(
                new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)), JsonNode.class);
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(body, JsonNode.class));
        assertTrue("passed through as it is: " + e, e instanceof StreamConstraintsException);
    }

    private static void check(String json, Class<?> type) throws IOException {
        JsonShape.check(json.getBytes(StandardCharsets.UTF_8), type);
    }
}
