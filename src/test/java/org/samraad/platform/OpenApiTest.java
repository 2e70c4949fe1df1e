package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.Test;

/** docs/openapi.yaml documents exactly the operations the JAX-RS resources serve. */
public class OpenApiTest {
    private static final Map<Class<? extends java.lang.annotation.Annotation>, String> VERBS =
            Map.of(GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

    @Test
    public void theDocumentedOperationsAreExactlyTheServedOnes() throws Exception {
        assertEquals(servedOperations(), documentedOperations());
    }

    @Test
    public void everyDocumentedOperationHasASummaryAndResponses() throws IOException {
        JsonNode paths = openApi().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String verb : VERBS.values()) {
                JsonNode operation = path.getValue().get(verb);
                if (operation != null) {
                    assertTrue(verb + " " + path.getKey(), operation.hasNonNull("summary"));
                    assertTrue(verb + " " + path.getKey(), operation.get("responses").size() > 0);
                }
            }
        }
    }

    private static Set<String> documentedOperations() throws IOException {
        Set<String> operations = new TreeSet<>();
        openApi().get("paths").fields().forEachRemaining(path -> VERBS.values().stream()
                .filter(verb -> path.getValue().has(verb))
                .forEach(verb -> operations.add(verb + " " + path.getKey())));
        return operations;
    }

    private static Set<String> servedOperations() throws Exception {
        Set<String> operations = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.java")).toList()) {
                Class<?> type = Class.forName(Paths.get("src/main/java").relativize(file).toString()
                        .replace(".java", "").replace('/', '.'));
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    VERBS.forEach((annotation, verb) -> {
                        if (method.isAnnotationPresent(annotation)) {
                            Path sub = method.getAnnotation(Path.class);
                            operations.add(verb + " " + normalise(root.value() + (sub == null ? "" : "/" + sub.value())));
                        }
                    });
                }
            }
        }
        return operations;
    }

    /** "/councils//{id: \\d+}" → "/councils/{id}". */
    private static String normalise(String path) {
        return path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static JsonNode openApi() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Paths.get("docs/openapi.yaml").toFile());
    }
}
