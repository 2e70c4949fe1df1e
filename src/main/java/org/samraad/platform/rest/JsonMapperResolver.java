package org.samraad.platform.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON rules: ISO-8601 dates, unknown fields rejected, and no silent coercion between text, numbers
 * and booleans, so a wrong type is a 400 with the field named rather than data stored as "123"; and the read is
 * bounded ({@link JsonLimits}).
 */
@Provider
public class JsonMapperResolver implements ContextResolver<ObjectMapper> {
    private static final ObjectMapper MAPPER = create();

    public static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(JsonLimits.constraints()).build())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // otherwise 0.5 becomes 0 silently, e.g. a "version" that then passes the optimistic lock
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        for (CoercionInputShape shape :
                new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
