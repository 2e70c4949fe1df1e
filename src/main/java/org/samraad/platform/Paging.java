package org.samraad.platform;

import java.util.List;

/**
 * One window of a list: {@code limit} items from {@code offset}. The one rule every list request reads its
 * {@code limit} and {@code offset} by. Both arrive as text, so a wrong value is a field error naming the parameter
 * (JAX-RS would answer 404 for an unparsable number); blank means the list's default limit and offset 0; a limit is a
 * whole number of 1 or more, an offset one of 0 or more. A limit above the maximum is lowered to it, as Confluence's
 * own REST API does (the response reports the limit used), unless the list's rule refuses it.
 */
public record Paging(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /**
     * How one list pages.
     *
     * @param feature names the messages: {@code samraad.<feature>.error.limit} and {@code ….error.offset}
     * @param refuseAboveMax a limit above the maximum is an error (whose message names the maximum), not lowered
     */
    public record Rule(String feature, int defaultLimit, int maxLimit, boolean refuseAboveMax) {
        /** A larger limit is lowered to the maximum. */
        public static Rule lowering(String feature, int defaultLimit) {
            return new Rule(feature, defaultLimit, MAX_LIMIT, false);
        }

        /** A larger limit is refused. */
        public static Rule refusing(String feature, int defaultLimit) {
            return new Rule(feature, defaultLimit, MAX_LIMIT, true);
        }
    }

    /**
     * The window asked for, each unreadable value added to {@code errors} (then the window returned is the default
     * one, for the caller reports the errors instead).
     */
    public static Paging read(String limit, String offset, Rule rule, List<FieldError> errors) {
        Integer parsedLimit = Validation.isBlank(limit) ? Integer.valueOf(rule.defaultLimit()) : Validation.wholeNumber(limit);
        boolean limitRead = parsedLimit != null && parsedLimit >= 1 && !(rule.refuseAboveMax() && parsedLimit > rule.maxLimit());
        if (!limitRead) {
            errors.add(rule.refuseAboveMax()
                    ? FieldError.of("limit", "samraad." + rule.feature() + ".error.limit", rule.maxLimit())
                    : FieldError.of("limit", "samraad." + rule.feature() + ".error.limit"));
        }
        Integer parsedOffset = Validation.isBlank(offset) ? Integer.valueOf(0) : Validation.wholeNumber(offset);
        boolean offsetRead = parsedOffset != null && parsedOffset >= 0;
        if (!offsetRead) {
            errors.add(FieldError.of("offset", "samraad." + rule.feature() + ".error.offset"));
        }
        return new Paging(limitRead ? Math.min(parsedLimit, rule.maxLimit()) : rule.defaultLimit(),
                offsetRead ? parsedOffset : 0);
    }
}
