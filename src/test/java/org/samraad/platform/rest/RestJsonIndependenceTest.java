package org.samraad.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Confluence's REST v2 JSON provider need not consult the plugin's {@code ContextResolver<ObjectMapper>} (sources
 * in {@code src/provided/java/README.md}); the dev host uses a plain one. So every record the REST resources read
 * or write must come out and go in the same under a plain {@code new ObjectMapper()} as under the configuration
 * the API was specified with (ISO dates, unknown fields refused, no coercion, a bounded read), kept here as
 * {@link #specified()}. The records are found from the resources themselves: what their methods take and give,
 * and what the services they use give (the entity of a {@code Response}).
 */
public class RestJsonIndependenceTest {
    private static final Set<Class<?>> TIME = Set.of(
            LocalDate.class, LocalTime.class, LocalDateTime.class, OffsetDateTime.class, Instant.class);
    private static final ObjectMapper SPECIFIED = specified();
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Graph GRAPH = Graph.ofResources();

    @Test
    public void theResourcesAreFound() {
        assertTrue(GRAPH.resources.toString(), GRAPH.resources.size() > 20);
        assertTrue(GRAPH.inputs.toString(), GRAPH.inputs.size() > 15);
        assertTrue(GRAPH.records.toString(), GRAPH.records.size() > 50);
    }

    @Test
    public void everyDateTimeOrMomentOfTheApiCarriesThePluginsOwnIsoForm() {
        List<String> bare = new ArrayList<>();
        for (Class<?> record : GRAPH.records) {
            for (RecordComponent component : record.getRecordComponents()) {
                if (mentionsTime(component.getGenericType()) && !component.isAnnotationPresent(Iso8601.class)) {
                    bare.add(record.getName() + "." + component.getName());
                }
            }
        }
        assertEquals("java.time values without @Iso8601", List.of(), bare);
    }

    @Test
    public void everyRecordIsWrittenAlikeByAPlainMapperAndTheSpecifiedOne() throws Exception {
        List<String> differences = new ArrayList<>();
        for (Class<?> record : GRAPH.records) {
            Object sample = Samples.of(record, 0);
            String specified = SPECIFIED.writeValueAsString(sample);
            String plain;
            try {
                plain = PLAIN.writeValueAsString(sample);
            } catch (JsonProcessingException e) {
                plain = "refused: " + e.getOriginalMessage();
            }
            if (!specified.equals(plain)) {
                differences.add(record.getName() + "\n  specified " + specified + "\n  plain     " + plain);
            }
        }
        assertEquals(String.join("\n", differences), 0, differences.size());
    }

    @Test
    public void everyRequestBodyIsReadAlikeByAPlainMapperWithThePluginsRulesAndTheSpecifiedOne() throws Exception {
        List<String> differences = new ArrayList<>();
        int bodies = 0;
        for (Type input : GRAPH.inputs) {
            Class<?> raw = Graph.raw(input);
            JsonNode valid = SPECIFIED.valueToTree(Samples.of(input, 0));
            List<JsonNode> variants = new ArrayList<>();
            variants.add(valid);
            Variants.of(valid, variants::add);
            for (JsonNode body : variants) {
                bodies++;
                String json = body.toString();
                String specified = outcome(() -> SPECIFIED.readValue(json, SPECIFIED.constructType(input)));
                String plain = outcome(() -> {
                    JsonShape.check(json.getBytes(StandardCharsets.UTF_8), input);
                    return PLAIN.readValue(json, PLAIN.constructType(input));
                });
                if (!specified.equals(plain)) {
                    differences.add(raw.getSimpleName() + " " + json + "\n  specified " + specified + "\n  plain     " + plain);
                }
            }
        }
        assertTrue(bodies > 1000);
        assertEquals(String.join("\n", differences.subList(0, Math.min(40, differences.size()))), 0,
                differences.size());
    }

    @Test
    public void theBoundsHoldForAPlainMapperToo() {
        for (String body : List.of("[".repeat(33) + "]".repeat(33), "[" + "9".repeat(101) + "]",
                "{\"a\":" + "{\"b\":".repeat(40) + "1" + "}".repeat(41))) {
            String specified = outcome(() -> SPECIFIED.readTree(body));
            String plain = outcome(() -> {
                JsonShape.check(body.getBytes(StandardCharsets.UTF_8), JsonNode.class);
                return PLAIN.readTree(body);
            });
            assertEquals(body, specified, plain);
            assertTrue(specified, specified.startsWith("limit"));
        }
    }

    /** The configuration the API was specified with: the plugin's former ContextResolver's mapper. */
    private static ObjectMapper specified() {
        JsonMapper mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(JsonLimits.constraints()).build())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        for (CoercionInputShape shape :
                new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    private interface Read {
        Object read() throws Exception;
    }

    /** What the caller gets: the value read, or the kind of 400 and its field, as the exception mappers decide. */
    private static String outcome(Read read) {
        try {
            return "read " + SPECIFIED.writeValueAsString(read.read());
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof StreamConstraintsException || t instanceof RequestBodyTooLargeException) {
                    return "limit";
                }
            }
            if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                String field = m.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                        .collect(Collectors.joining("."));
                return (e instanceof UnrecognizedPropertyException ? "unknown field " : "wrong type ") + field;
            }
            return e instanceof JsonProcessingException ? "malformed" : "failed " + e.getClass().getSimpleName();
        }
    }

    private static boolean mentionsTime(Type type) {
        if (type instanceof Class<?> c) {
            return TIME.contains(c);
        }
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                if (mentionsTime(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The types the REST resources read and write, found by reflection from every {@code @Path} class. */
    private static final class Graph {
        final List<Class<?>> resources = new ArrayList<>();
        final Set<Type> inputs = new LinkedHashSet<>();
        final Set<Class<?>> records = new LinkedHashSet<>();

        static Graph ofResources() {
            Graph graph = new Graph();
            ClassPathScanningCandidateComponentProvider finder = new ClassPathScanningCandidateComponentProvider(false);
            finder.addIncludeFilter(new AnnotationTypeFilter(Path.class));
            Set<String> names = new TreeSet<>();
            for (BeanDefinition candidate : finder.findCandidateComponents("org.samraad")) {
                names.add(candidate.getBeanClassName());
            }
            for (String name : names) {
                try {
                    Class<?> type = Class.forName(name);
                    if (!type.getName().startsWith("org.samraad.devhost")) {
                        graph.resources.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
            graph.walkResources();
            graph.walk(ErrorBody.class);
            graph.walk(ConfirmationBody.class);
            return graph;
        }

        private void walkResources() {
            for (Class<?> resource : resources) {
                for (Method method : resource.getDeclaredMethods()) {
                    if (!isResourceMethod(method)) {
                        continue;
                    }
                    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                        if (parameter.getAnnotations().length == 0) {
                            inputs.add(parameter.getParameterizedType());
                            walk(parameter.getParameterizedType());
                        }
                    }
                    walk(method.getGenericReturnType());
                }
                for (Constructor<?> constructor : resource.getConstructors()) {
                    for (Class<?> service : constructor.getParameterTypes()) {
                        for (Method method : service.getDeclaredMethods()) {
                            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                                walk(method.getGenericReturnType());
                            }
                        }
                    }
                }
            }
        }

        private static boolean isResourceMethod(Method method) {
            return method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                    || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class)
                    || method.isAnnotationPresent(Path.class);
        }

        void walk(Type type) {
            if (type instanceof ParameterizedType p) {
                walk(p.getRawType());
                for (Type argument : p.getActualTypeArguments()) {
                    walk(argument);
                }
            } else if (type instanceof WildcardType w) {
                walk(w.getUpperBounds()[0]);
            } else if (type instanceof Class<?> c) {
                if (c.isArray()) {
                    walk(c.getComponentType());
                } else if (c.isRecord() && c.getName().startsWith("org.samraad") && records.add(c)) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        walk(component.getGenericType());
                    }
                }
            }
        }

        static Class<?> raw(Type type) {
            if (type instanceof ParameterizedType p) {
                return (Class<?>) p.getRawType();
            }
            return type instanceof Class<?> c ? c : Object.class;
        }
    }

    /** A value of every component, so that every property is written. */
    private static final class Samples {
        static Object of(Type type, int depth) throws Exception {
            Class<?> raw = Graph.raw(type instanceof WildcardType w ? w.getUpperBounds()[0] : type);
            if (raw == String.class || raw == Object.class) {
                return "text";
            }
            if (raw == int.class || raw == Integer.class) {
                return 7;
            }
            if (raw == long.class || raw == Long.class) {
                return 7L;
            }
            if (raw == double.class || raw == Double.class) {
                return 0.5;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return true;
            }
            if (raw.isEnum()) {
                return raw.getEnumConstants()[0];
            }
            if (raw == LocalDate.class) {
                return LocalDate.of(2026, 3, 12);
            }
            if (raw == LocalTime.class) {
                return LocalTime.of(16, 0);
            }
            if (raw == LocalDateTime.class) {
                return LocalDateTime.of(2026, 3, 12, 16, 0);
            }
            if (raw == OffsetDateTime.class) {
                return OffsetDateTime.of(2026, 3, 12, 16, 30, 0, 0, ZoneOffset.ofHours(1));
            }
            if (raw == Instant.class) {
                return Instant.parse("2026-03-12T15:00:00.123Z");
            }
            Type argument = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            if (Collection.class.isAssignableFrom(raw)) {
                return depth > 3 ? List.of() : List.of(of(argument, depth + 1));
            }
            if (Map.class.isAssignableFrom(raw)) {
                Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
                return depth > 3 ? Map.of() : Map.of(of(argument, depth + 1), of(value, depth + 1));
            }
            if (raw.isRecord()) {
                if (depth > 4) {
                    return null;
                }
                RecordComponent[] components = raw.getRecordComponents();
                Object[] values = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    values[i] = components[i].getName().toLowerCase(java.util.Locale.ROOT).contains("zone")
                            ? "Europe/Copenhagen"
                            : of(components[i].getGenericType(), depth + 1);
                }
                Constructor<?> canonical = raw.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            }
            return null;
        }
    }

    /** Each value of a body in turn replaced by what a careless or hostile client sends, and one field too many. */
    private static final class Variants {
        private static final List<String> VALUES = List.of("\"12\"", "12", "12.0", "0.5", "1e2", "true", "false", "null",
                "\"\"", "\" 12\"", "[]", "[1]", "{}", "\"2026-03-12\"", "\"2026-03-12T10:00\"",
                "\"2026-03-12T10:00:00Z\"", "\"+10000-01-01\"", "\"2026-13-45\"", "[2026,3,12]", "[2026,13,1]",
                "\"16:00\"", "\"MEMBER\"", "\"member\"", "0", "-1", "2147483648", "123456789012345678901234567890");

        static void of(JsonNode body, Consumer<JsonNode> out) throws Exception {
            walk(body, body, out);
        }

        private static void walk(JsonNode root, JsonNode node, Consumer<JsonNode> out) throws Exception {
            if (node instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    JsonNode original = object.get(name);
                    for (String value : VALUES) {
                        object.set(name, PLAIN.readTree(value));
                        out.accept(root.deepCopy());
                    }
                    object.set(name, original);
                    walk(root, original, out);
                }
                object.put("unexpected", 1);
                out.accept(root.deepCopy());
                object.remove("unexpected");
            } else if (node instanceof ArrayNode array && !array.isEmpty()) {
                JsonNode original = array.get(0);
                for (String value : VALUES) {
                    array.set(0, PLAIN.readTree(value));
                    out.accept(root.deepCopy());
                }
                array.set(0, original);
                walk(root, original, out);
            }
        }
    }
}
