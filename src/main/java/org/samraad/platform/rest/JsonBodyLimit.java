package org.samraad.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every request body the plugin reads to {@link JsonLimits#MAX_BODY_BYTES}, before and while the JSON
 * provider parses it, whichever provider the host uses (Confluence's REST v2 provider need not consult the
 * plugin's ObjectMapper and its read constraints). A declared Content-Length over the bound is refused before a
 * byte is read (so a client that asked "Expect: 100-continue" sends no body at all); a body without one is cut off
 * at the bound.
 */
@Provider
public class JsonBodyLimit implements ContainerRequestFilter, ReaderInterceptor {
    private final ErrorResponses responses;

    @Inject
    public JsonBodyLimit(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (declaredLength(request.getHeaderString("Content-Length")) > JsonLimits.MAX_BODY_BYTES) {
            request.abortWith(JsonLimits.overLimit(new RequestBodyTooLargeException(), responses));
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        long declared = declaredLength(context.getHeaders().getFirst("Content-Length"));
        context.setInputStream(new BoundedInputStream(context.getInputStream(), declared, JsonLimits.MAX_BODY_BYTES));
        return context.proceed();
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Throws {@link RequestBodyTooLargeException} from the first read that would pass the bound. */
    static final class BoundedInputStream extends FilterInputStream {
        private final long declared;
        private final long max;
        private long read;

        BoundedInputStream(InputStream in, long declared, long max) {
            super(in);
            this.declared = declared;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            check(0);
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check(0);
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            check(0);
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void check(long more) throws RequestBodyTooLargeException {
            if (declared > max || read + more > max) {
                throw new RequestBodyTooLargeException();
            }
        }

        private void count(long n) throws RequestBodyTooLargeException {
            read += n;
            check(0);
        }
    }
}
