package org.samraad.platform.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API's rules for a request body, checked against the type the resource takes before any JSON provider binds
 * it, so they hold whatever the host's provider and its ObjectMapper are configured with: the read is bounded
 * ({@link JsonLimits}: 32 levels, no number longer than 100 digits); a record takes only its own fields (an
 * unknown field is refused, naming it, unless the record itself says otherwise with
 * {@code @JsonIgnoreProperties}); and nothing is coerced: text is a JSON string, a count or id a JSON
 * integer that fits, a yes/no a JSON boolean, a list a JSON array, and {@code null} is no value for a primitive.
 * A plain ObjectMapper would take {@code "12"} for 12, {@code 12} for "12", {@code 0.5} for 0 and {@code 1} for
 * true. A refusal is the JSON mapping error the reader would have raised, with the field's path, so the reply is
 * the same field error as ever ({@link JsonMappingExceptionMapper}). Dates are {@link Iso8601}'s business; any
 * other value (a map's keys, a free {@code Object}) is left to the reader.
 */
final class JsonShape {
    static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(JsonLimits.constraints()).build();
    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);

    private JsonShape() {}

    /** Throws the mapping or parse error the body has for {@code type}; reads only its first JSON value. */
    static void check(byte[] body, Type type) throws IOException {
        try (JsonParser in = FACTORY.createParser(body)) {
            if (in.nextToken() != null) {
                value(in, type);
            }
        }
    }

    private static void value(JsonParser in, Type type) throws IOException {
        Class<?> raw = raw(type);
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (raw.isPrimitive()) {
                throw wrongType(in, raw);
            }
        } else if (raw == String.class || raw.isEnum()) {
            require(in, raw, token == JsonToken.VALUE_STRING);
        } else if (INTEGERS.contains(raw)) {
            require(in, raw, token == JsonToken.VALUE_NUMBER_INT && fits(in, raw));
        } else if (raw == boolean.class || raw == Boolean.class) {
            require(in, raw, token.isBoolean());
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            require(in, raw, token.isNumeric());
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            require(in, raw, token == JsonToken.START_ARRAY);
            elements(in, element(type));
        } else if (raw.isRecord() && token == JsonToken.START_OBJECT) {
            fields(in, raw);
        } else if (Map.class.isAssignableFrom(raw) && token == JsonToken.START_OBJECT) {
            entries(in, argument(type, 1));
        } else {
            in.skipChildren();
        }
    }

    private static void fields(JsonParser in, Class<?> record) throws IOException {
        Map<String, Type> components = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            components.put(name, component.getGenericType());
        }
        // a record that says so by annotation takes (or ignores) more, as the reader would let it
        JsonIgnoreProperties ignored = record.getAnnotation(JsonIgnoreProperties.class);
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            Type type = components.get(name);
            if (type == null && ignored != null && (ignored.ignoreUnknown() || List.of(ignored.value()).contains(name))) {
                in.nextToken();
                in.skipChildren();
                continue;
            }
            if (type == null) {
                throw UnrecognizedPropertyException.from(in, record, name, new ArrayList<>(components.keySet()));
            }
            in.nextToken();
            try {
                value(in, type);
            } catch (JsonMappingException e) {
                e.prependPath(record, name);
                throw e;
            }
        }
    }

    private static void elements(JsonParser in, Type type) throws IOException {
        int index = 0;
        while (in.nextToken() != JsonToken.END_ARRAY) {
            try {
                value(in, type);
            } catch (JsonMappingException e) {
                e.prependPath(List.class, index);
                throw e;
            }
            index++;
        }
    }

    private static void entries(JsonParser in, Type type) throws IOException {
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String key = in.currentName();
            in.nextToken();
            try {
                value(in, type);
            } catch (JsonMappingException e) {
                e.prependPath(Map.class, key);
                throw e;
            }
        }
    }

    private static boolean fits(JsonParser in, Class<?> raw) throws IOException {
        JsonParser.NumberType number = in.getNumberType();
        if (raw == BigInteger.class || raw == long.class || raw == Long.class) {
            return raw == BigInteger.class || number != JsonParser.NumberType.BIG_INTEGER;
        }
        long value = number == JsonParser.NumberType.BIG_INTEGER ? Long.MAX_VALUE : in.getLongValue();
        return raw == int.class || raw == Integer.class
                ? value == (int) value
                : raw == short.class || raw == Short.class ? value == (short) value : value == (byte) value;
    }

    private static void require(JsonParser in, Class<?> raw, boolean ok) throws IOException {
        if (!ok) {
            throw wrongType(in, raw);
        }
    }

    private static MismatchedInputException wrongType(JsonParser in, Class<?> raw) {
        return MismatchedInputException.from(in, raw, "expected a JSON value of the field's type");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return raw(a.getGenericComponentType()).arrayType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        return Object.class;
    }

    private static Type element(Type type) {
        if (type instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        return argument(type, 0);
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index]
                : Object.class;
    }
}
