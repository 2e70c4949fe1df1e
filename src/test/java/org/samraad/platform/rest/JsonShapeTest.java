package org.samraad.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Test;

public class JsonShapeTest {
    public record Line(Integer memberId, String status) {}

    public record Save(List<Line> lines, int version, Boolean confirm, Map<String, Integer> counts) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lenient(String name) {}

    public record Renamed(@JsonProperty("to") String target) {}

    @Test
    public void aWellTypedBodyPasses() throws Exception {
        check("{\"lines\":[{\"memberId\":3,\"status\":\"PRESENT\"},null],\"version\":2,\"confirm\":null,"
                + "\"counts\":{\"a\":1}}", Save.class);
        check("", Save.class);
        check("null", Save.class);
    }

    @Test
    public void aValueOfAnotherJsonTypeIsRefusedNamingItsPath() {
        assertEquals("wrong lines.1.memberId", refusal("{\"lines\":[{},{\"memberId\":\"12\"}]}", Save.class));
        assertEquals("wrong lines.0.status", refusal("{\"lines\":[{\"status\":12}]}", Save.class));
        assertEquals("wrong version", refusal("{\"version\":0.5}", Save.class));
        assertEquals("wrong version", refusal("{\"version\":null}", Save.class));
        assertEquals("wrong version", refusal("{\"version\":2147483648}", Save.class));
        assertEquals("wrong confirm", refusal("{\"confirm\":1}", Save.class));
        assertEquals("wrong lines", refusal("{\"lines\":{\"memberId\":1}}", Save.class));
        assertEquals("wrong counts.a", refusal("{\"counts\":{\"a\":\"1\"}}", Save.class));
    }

    @Test
    public void anUnknownFieldIsRefusedUnlessTheRecordSaysOtherwise() throws Exception {
        assertEquals("unknown lines.0.note", refusal("{\"lines\":[{\"note\":\"x\"}]}", Save.class));
        check("{\"name\":\"R\",\"note\":{\"deep\":[1,2]}}", Lenient.class);
        check("{\"to\":\"HELD\"}", Renamed.class);
        assertEquals("unknown target", refusal("{\"target\":\"HELD\"}", Renamed.class));
    }

    private static void check(String json, Class<?> type) throws Exception {
        JsonShape.check(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static String refusal(String json, Class<?> type) {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> check(json, type));
        assertTrue(e.toString(), !e.getPath().isEmpty());
        return (e instanceof UnrecognizedPropertyException ? "unknown " : "wrong ") + e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
    }
}
