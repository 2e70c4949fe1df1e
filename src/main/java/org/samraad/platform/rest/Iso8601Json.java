package org.samraad.platform.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Map;

/**
 * The ISO-8601 forms of {@link Iso8601}: exactly the text Jackson's Java time module writes with timestamps off
 * (the API's form so far), read back the way it read it, so that no reply and no accepted request changes. Days
 * are {@code 2026-03-12} (a client's {@code 2026-03-12T10:00}, {@code …Z} or {@code [2026, 3, 12]} is still read
 * as that day; range checks stay with {@code DateRule}); times {@code 16:00:00}; moments {@code …T10:00:00Z}.
 */
public final class Iso8601Json {
    private static final Map<Class<?>, DateTimeFormatter> FORMATS = Map.of(
            LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE,
            LocalTime.class, DateTimeFormatter.ISO_LOCAL_TIME,
            LocalDateTime.class, DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            Instant.class, DateTimeFormatter.ISO_INSTANT);

    private Iso8601Json() {}

    public static final class Writer extends JsonSerializer<Temporal> {
        @Override
        public void serialize(Temporal value, JsonGenerator out, SerializerProvider provider) throws IOException {
            DateTimeFormatter format = FORMATS.get(value.getClass());
            if (format == null) {
                provider.reportMappingProblem("no ISO-8601 form for %s", value.getClass().getSimpleName());
                return;
            }
            out.writeString(format.format(value));
        }
    }

    /** Reads the declared type of the annotated property (a record component or field). */
    public static final class Reader extends JsonDeserializer<Temporal> implements ContextualDeserializer {
        private final Class<?> type;

        public Reader() {
            this(null);
        }

        private Reader(Class<?> type) {
            this.type = type;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            if (property == null) {
                return this;
            }
            Class<?> declared = property.getType().getRawClass();
            if (!FORMATS.containsKey(declared)) {
                throw new IllegalStateException("@Iso8601 on a " + declared.getName());
            }
            return new Reader(declared);
        }

        @Override
        public Temporal deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (type == LocalDate.class && in.isExpectedStartArrayToken()) {
                return dayFromArray(in, context);
            }
            if (in.currentToken() != JsonToken.VALUE_STRING) {
                return (Temporal) context.handleUnexpectedToken(type, in);
            }
            String text = in.getText().strip();
            try {
                return parse(text);
            } catch (DateTimeException e) {
                return (Temporal) context.handleWeirdStringValue(type, text, "not an ISO-8601 %s", type.getSimpleName());
            }
        }

        private Temporal parse(String text) {
            if (type == LocalDate.class) {
                // as the Java time module reads a day: a date-time gives its day, one in UTC its UTC day
                if (text.length() > 10 && text.charAt(10) == 'T') {
                    return text.endsWith("Z")
                            ? LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC).toLocalDate()
                            : LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toLocalDate();
                }
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            }
            if (type == LocalTime.class) {
                return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
            }
            if (type == LocalDateTime.class) {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
            return Instant.parse(text);
        }

        private LocalDate dayFromArray(JsonParser in, DeserializationContext context) throws IOException {
            int[] parts = new int[3];
            for (int i = 0; i < 3; i++) {
                if (in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                    return (LocalDate) context.handleUnexpectedToken(LocalDate.class, in);
                }
                parts[i] = in.getIntValue();
            }
            if (in.nextToken() != JsonToken.END_ARRAY) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, in);
            }
            try {
                return LocalDate.of(parts[0], parts[1], parts[2]);
            } catch (DateTimeException e) {
                return (LocalDate) context.handleWeirdNativeValue(context.constructType(LocalDate.class), parts, in);
            }
        }
    }
}
