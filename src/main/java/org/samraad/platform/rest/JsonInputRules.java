package org.samraad.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Holds every JSON request body to the API's rules ({@link JsonShape}) before the host's JSON provider binds it.
 * The check runs on the provider's first read of the body, so a refusal reaches the exception mappers exactly as
 * the provider's own errors and {@link RequestBodyTooLargeException} do; the body is read at most to
 * {@link JsonLimits#MAX_BODY_BYTES} here too, whichever of this and {@link JsonBodyLimit} runs first.
 */
@Provider
@Priority(Priorities.USER + 100)
public class JsonInputRules implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (isJson(context.getMediaType()) && !isRaw(context.getType())) {
            context.setInputStream(new CheckedBody(context.getInputStream(), context.getGenericType()));
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    private static boolean isRaw(Class<?> type) {
        return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type);
    }

    /** Reads and checks the whole body at the first read, then hands it on unchanged. */
    static final class CheckedBody extends FilterInputStream {
        private final Type type;
        private boolean checked;

        CheckedBody(InputStream in, Type type) {
            super(in);
            this.type = type;
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            return super.read(buffer, offset, length);
        }

        @Override
        public long skip(long n) throws IOException {
            check();
            return super.skip(n);
        }

        @Override
        public int available() throws IOException {
            check();
            return super.available();
        }

        private void check() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            byte[] body = in.readNBytes(JsonLimits.MAX_BODY_BYTES + 1);
            if (body.length > JsonLimits.MAX_BODY_BYTES) {
                throw new RequestBodyTooLargeException();
            }
            in = new ByteArrayInputStream(body);
            JsonShape.check(body, type);
        }
    }
}
