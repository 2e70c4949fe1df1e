package org.samraad.devhost.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import org.samraad.devhost.services.HostUser;
import org.samraad.devhost.services.RequestContext;

/**
 * The REST v2 access annotations and who passes each on the dev host (anonymous access on; every demo user
 * licensed; admin is the only administrator).
 */
public enum AccessLevel {
    UNRESTRICTED(UnrestrictedAccess.class),
    ANONYMOUS_SITE(AnonymousSiteAccess.class),
    UNLICENSED_SITE(UnlicensedSiteAccess.class),
    LICENSED(LicensedOnly.class),
    ADMIN(AdminOnly.class),
    SYSTEM_ADMIN(SystemAdminOnly.class);

    private final Class<? extends Annotation> annotation;

    AccessLevel(Class<? extends Annotation> annotation) {
        this.annotation = annotation;
    }

    /** The method's annotation, else the class's; empty when neither carries one. */
    public static Optional<AccessLevel> declaredOn(AnnotatedElement method, AnnotatedElement type) {
        return declared(method).or(() -> declared(type));
    }

    private static Optional<AccessLevel> declared(AnnotatedElement element) {
        return List.of(values()).stream().filter(level -> element.isAnnotationPresent(level.annotation)).findFirst();
    }

    public boolean permits(RequestContext context) {
        return switch (this) {
            case UNRESTRICTED, ANONYMOUS_SITE -> true;
            case UNLICENSED_SITE, LICENSED -> !context.isAnonymous();
            case ADMIN, SYSTEM_ADMIN -> context.user().map(HostUser::isSiteAdmin).orElse(false);
        };
    }

    public String annotationName() {
        return "@" + annotation.getSimpleName();
    }
}
