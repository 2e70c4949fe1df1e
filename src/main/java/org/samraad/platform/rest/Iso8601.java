package org.samraad.platform.rest;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date, time or moment of the API, written and read as ISO-8601 text by the plugin's own {@link Iso8601Json}
 * whatever the host's JSON provider is configured with. Confluence's REST v2 provider need not consult the
 * plugin's ObjectMapper, and a plain one knows no {@code java.time} type at all; every {@code java.time} value in
 * a request or reply record carries this annotation ({@code RestJsonIndependenceTest} keeps it so).
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = Iso8601Json.Writer.class)
@JsonDeserialize(using = Iso8601Json.Reader.class)
public @interface Iso8601 {}
