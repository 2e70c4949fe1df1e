package org.samraad.council;

import static org.samraad.platform.Validation.isBlank;

import java.util.ArrayList;
import java.util.List;
import org.samraad.platform.FieldError;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;

/**
 * Which organisations a list asks for: one space or every space the caller can view, optionally one kind, and
 * a window of the sorted result (kind, then name).
 */
public record OrganisationQuery(String spaceKey, OrganisationKind kind, int limit, int offset) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    /** For the macro, which shows a space's directory whole. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    public OrganisationQuery {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative");
        }
    }

    /** Everything in one space, optionally of one kind. */
    static OrganisationQuery all(String spaceKey, OrganisationKind kind) {
        return new OrganisationQuery(spaceKey, kind, UNLIMITED, 0);
    }

    /**
     * The query parameters of {@code GET /organisations}, as text so a wrong value is a 400 naming the parameter
     * (JAX-RS would answer 404 for an unparsable number). A limit above the maximum is lowered to it, as
     * Confluence's own REST API does; the response reports the limit used.
     */
    static OrganisationQuery parse(String spaceKey, String kind, String limit, String offset) {
        List<FieldError> errors = new ArrayList<>();
        OrganisationKind parsedKind = null;
        if (!isBlank(kind)) {
            parsedKind = Validation.parse(kind, OrganisationKind.class);
            if (parsedKind == null) {
                errors.add(FieldError.of("kind", "samraad.error.invalid-choice"));
            }
        }
        Integer parsedLimit = isBlank(limit) ? Integer.valueOf(DEFAULT_LIMIT) : Validation.wholeNumber(limit);
        if (parsedLimit == null || parsedLimit < 1) {
            errors.add(FieldError.of("limit", "samraad.organisation.error.limit"));
        }
        Integer parsedOffset = isBlank(offset) ? Integer.valueOf(0) : Validation.wholeNumber(offset);
        if (parsedOffset == null || parsedOffset < 0) {
            errors.add(FieldError.of("offset", "samraad.organisation.error.offset"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new OrganisationQuery(
                isBlank(spaceKey) ? null : spaceKey.trim(), parsedKind, Math.min(parsedLimit, MAX_LIMIT), parsedOffset);
    }
}
