package org.samraad.devhost.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.samraad.devhost.services.RequestContext;

/**
 * Runs before a matched resource method: the REST v2 access check (401 for anonymous callers where a login is
 * needed, 403 otherwise), then Atlassian's XSRF check for POST — a request a browser form could send
 * (form-encoded, multipart, text/plain or no Content-Type) needs {@code X-Atlassian-Token: no-check} unless
 * the method carries {@code @XsrfProtectionExcluded}. Like Confluence, PUT and DELETE are not refused.
 */
final class RestAccessFilter implements ContainerRequestFilter {
    private static final Set<String> XSRF_ABLE = Set.of(
            MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    static final String XSRF_FAILED = "XSRF check failed";

    private final AccessLevel level;
    private final boolean xsrfExcluded;

    RestAccessFilter(AccessLevel level, boolean xsrfExcluded) {
        this.level = level;
        this.xsrfExcluded = xsrfExcluded;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RequestContext caller = RequestContext.current();
        if (!level.permits(caller)) {
            drain(request);
            request.abortWith(caller.isAnonymous()
                    ? error(401, "Client must be authenticated to access this resource.")
                    : error(403, "You do not have permission to access this resource."));
            return;
        }
        if (!xsrfExcluded && isXsrfRefusable(request)) {
            drain(request);
            request.abortWith(error(403, XSRF_FAILED));
        }
    }

    /**
     * Reads what is left of a refused request's body (up to 1 MB), so Jetty can keep the connection open instead
     * of closing it under a client that is about to reuse it.
     */
    static void drain(ContainerRequestContext request) {
        try {
            request.getEntityStream().readNBytes(1 << 20);
        } catch (java.io.IOException ignored) {
            // the connection is going away anyway
        }
    }

    /** A POST a browser form could send, without the header that only scripts can set. */
    static boolean isXsrfRefusable(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && isXsrfAble(request) && !hasNoCheckToken(request);
    }

    static boolean isXsrfAble(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type == null || XSRF_ABLE.contains(type.getType() + "/" + type.getSubtype());
    }

    private static boolean hasNoCheckToken(ContainerRequestContext request) {
        String token = request.getHeaderString("X-Atlassian-Token");
        return token != null && (token.equalsIgnoreCase("no-check") || token.equalsIgnoreCase("nocheck"));
    }

    static Response error(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"status\":" + status + ",\"message\":\"" + message + "\"}")
                .build();
    }
}
