package org.samraad.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;
import org.samraad.council.MemberInput;

public class JsonLimitsTest {
    private final ObjectMapper mapper = JsonMapperResolver.create();

    @Test
    public void theApisReaderRefusesNestingDeeperThanItsBound() throws Exception {
        String deep = "[".repeat(JsonLimits.MAX_DEPTH + 1) + "]".repeat(JsonLimits.MAX_DEPTH + 1);
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree(deep));
        String fits = "[".repeat(JsonLimits.MAX_DEPTH) + "]".repeat(JsonLimits.MAX_DEPTH);
        assertTrue(mapper.readTree(fits).isArray());
    }

    @Test
    public void aBoundMetInsideAFieldIsStillRecognisedAsABound() {
        String deep = "{\"name\":\"R\",\"role\":\"MEMBER\",\"email\":" + "[".repeat(40) + "]".repeat(40) + "}";
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(deep, MemberInput.class));
        assertTrue(e.toString(), e instanceof StreamConstraintsException || e instanceof JsonMappingException);
    }

    @Test
    public void theApisReaderRefusesNumbersLongerThanAnyCountOrId() {
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree("[" + "9".repeat(101) + "]"));
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
}
