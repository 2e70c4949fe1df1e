package org.samraad.platform.rest;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * How much JSON a request may carry, and the answer when it carries more. No input of the API nests deeper than
 * three levels or needs more than a few hundred kilobytes (an agenda item with five texts of 20 000 characters,
 * an attendance of 500 lines), so the bounds are far above any honest request and far below what would tie up a
 * node: 32 levels, 2 MB of body, and no single text or number longer than the body may be. Field lengths stay the
 * services' business (a field error names the field); these bounds answer 400 for the request as a whole.
 */
public final class JsonLimits {
    public static final int MAX_DEPTH = 32;
    public static final int MAX_BODY_MB = 2;
    public static final int MAX_BODY_BYTES = MAX_BODY_MB * 1024 * 1024;
    /** A number of more digits than this is not a count, an id or a version. */
    static final int MAX_NUMBER_LENGTH = 100;

    private JsonLimits() {}

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxDocumentLength(MAX_BODY_BYTES)
                .maxStringLength(MAX_BODY_BYTES)
                .maxNameLength(MAX_BODY_BYTES)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
    }

    /** The 400 for a body over a bound, if {@code e} or one of its causes is one; otherwise null. */
    static Response overLimit(Throwable e, ErrorResponses responses) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestBodyTooLargeException) {
                return responses.of(400, "samraad.error.json-too-large", String.valueOf(MAX_BODY_MB));
            }
            if (t instanceof StreamConstraintsException) {
                // Jackson's message names the bound's getter; only its kind is used, never its text
                String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                return message.contains("nesting depth")
                        ? responses.of(400, "samraad.error.json-too-deep", MAX_DEPTH)
                        : responses.of(400, "samraad.error.json-too-large", String.valueOf(MAX_BODY_MB));
            }
        }
        return null;
    }
}
