package org.samraad.devhost.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Attaches the access and XSRF filter to every resource method, reading its annotations reflectively. */
final class RestAccessFeature implements DynamicFeature {
    private static final Logger LOG = LoggerFactory.getLogger(RestAccessFeature.class);
    private static final String XSRF_EXCLUDED = "com.atlassian.annotations.security.XsrfProtectionExcluded";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (type == null || method == null || type.getName().startsWith("org.glassfish.jersey.")) {
            return; // Jersey's own OPTIONS/HEAD handlers, not plugin endpoints
        }
        AccessLevel level = AccessLevel.declaredOn(method, type).orElseGet(() -> {
            LOG.warn("{}#{} has no REST v2 access annotation; treated as @LicensedOnly (annotate it explicitly)",
                    type.getName(), method.getName());
            return AccessLevel.LICENSED;
        });
        context.register(new RestAccessFilter(level, isXsrfExcluded(method)), Priorities.AUTHENTICATION);
    }

    private static boolean isXsrfExcluded(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().getName().equals(XSRF_EXCLUDED)) {
                return true;
            }
        }
        return false;
    }
}
