package org.samraad.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Assertions on the API's one error shape: {"status", "message", "errors": [{"field", "message"}]}. */
public final class ErrorReplies {
    private ErrorReplies() {}

    /** 400 naming exactly these fields, each with a message a person can read. */
    public static void assertFieldErrors(HttpApi.Reply reply, String... fields) {
        assertEquals(reply.text(), 400, reply.status());
        JsonNode json = reply.json();
        assertEquals(400, json.get("status").asInt());
        assertFalse(json.get("message").asText().isBlank());
        Set<String> named = new HashSet<>();
        for (JsonNode error : json.get("errors")) {
            named.add(error.get("field").asText());
            assertFalse(error.get("message").asText().isBlank());
        }
        assertEquals(reply.text(), Set.of(fields), named);
    }

    public static void assertNotFound(HttpApi.Reply reply) {
        assertEquals(reply.text(), 404, reply.status());
        assertEquals(404, reply.json().get("status").asInt());
        assertFalse(reply.json().get("message").asText().isBlank());
    }
}
