package org.samraad.devhost.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Marks a POST a browser form could have sent before Jersey matches it, so that when matching then refuses it
 * as 415 (a JSON-only method), the caller still learns the real reason: 403 "XSRF check failed". Methods that do
 * accept such a POST are matched and checked by {@link RestAccessFilter}, which honours XsrfProtectionExcluded.
 */
@PreMatching
final class XsrfSuspectFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String SUSPECT = XsrfSuspectFilter.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        if (RestAccessFilter.isXsrfRefusable(request)) {
            request.setProperty(SUSPECT, Boolean.TRUE);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 415 && Boolean.TRUE.equals(request.getProperty(SUSPECT))) {
            response.setStatus(403);
            response.setEntity(RestAccessFilter.error(403, RestAccessFilter.XSRF_FAILED).getEntity());
        }
    }
}
