package org.samraad.platform;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects field errors for one input, then throws them together. Lengths match the column sizes, so a value
 * that passes here always fits the database.
 */
public final class Validation {
    static final String UNKNOWN_USER_KEY = "samraad.error.unknown-user";
    static final String USER_OR_NAME_KEY = "samraad.error.user-or-name";
    private final List<FieldError> errors = new ArrayList<>();

    public Validation required(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "samraad.error.required"));
        }
        return this;
    }

    public Validation required(String field, Object value) {
        if (value == null) {
            errors.add(FieldError.of(field, "samraad.error.required"));
        }
        return this;
    }

    public Validation maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, "samraad.error.too-long", max));
        }
        return this;
    }

    /** Accepts the enum constant's name in any case; null passes (combine with required). */
    public <E extends Enum<E>> Validation oneOf(String field, String value, Class<E> type) {
        if (value != null && parse(value, type) == null) {
            errors.add(FieldError.of(field, "samraad.error.invalid-choice"));
        }
        return this;
    }

    /**
     * The rule for every one-line text (a name, a title, a key, a place, a reference): at most {@code max}
     * characters, and only characters a person types on one line. See {@link TextRule#isOneLine}.
     */
    public Validation line(String field, String value, int max) {
        maxLength(field, value, max);
        if (value != null && !hasErrorFor(field) && !TextRule.isOneLine(value)) {
            errors.add(FieldError.of(field, TextRule.ONE_LINE_KEY));
        }
        return this;
    }

    /**
     * The rule for every free text (a purpose, a description, a decision): at most {@code max} characters; line
     * breaks and tabs are fine, nothing else invisible. See {@link TextRule#isText}.
     */
    public Validation text(String field, String value, int max) {
        maxLength(field, value, max);
        if (value != null && !hasErrorFor(field) && !TextRule.isText(value)) {
            errors.add(FieldError.of(field, TextRule.TEXT_KEY));
        }
        return this;
    }

    /**
     * The one e-mail rule ({@link EmailAddress#isValid}, which includes the one-line rule) for a present value that
     * fits its column.
     */
    public Validation email(String field, String value, int max) {
        maxLength(field, value, max);
        if (!isBlank(value) && !hasErrorFor(field) && !EmailAddress.isValid(value.strip())) {
            errors.add(FieldError.of(field, EmailAddress.KEY));
        }
        return this;
    }

    /**
     * The one rule for a reference to a Confluence user: the key must name a user Confluence still knows (a removed
     * user cannot be chosen). Null passes (combine with required); a field with an error already is not looked up.
     */
    public Validation existingUser(String field, String userKey, UserAccessor users) {
        return existingUser(field, userKey,
                userKey != null && users.getExistingUserByKey(new UserKey(userKey)) != null);
    }

    /** {@link #existingUser(String, String, UserAccessor)} through the plugin's {@link UserNames}. */
    public Validation existingUser(String field, String userKey, UserNames users) {
        return existingUser(field, userKey, userKey != null && users.exists(userKey));
    }

    /** The one rule for a person given as a Confluence user or by name (someone without an account): not both. */
    public Validation userOrName(String field, String userKey, String name) {
        if (!isBlank(userKey) && !isBlank(name)) {
            errors.add(FieldError.of(field, USER_OR_NAME_KEY));
        }
        return this;
    }

    private Validation existingUser(String field, String userKey, boolean exists) {
        if (userKey != null && !hasErrorFor(field) && !exists) {
            errors.add(FieldError.of(field, UNKNOWN_USER_KEY));
        }
        return this;
    }

    /** A calendar day typed as ISO text (2026-03-12), within {@link DateRule}'s range; null if absent or wrong. */
    public LocalDate date(String field, String value) {
        return hasErrorFor(field) ? null : DateRule.day(field, value, errors);
    }

    /** A calendar day the JSON reader already parsed: it must still lie within {@link DateRule}'s range. */
    public LocalDate date(String field, LocalDate value) {
        return hasErrorFor(field) ? null : DateRule.day(field, value, errors);
    }

    /** A wall-clock time typed as HH:mm (17:00); null if absent or wrong. */
    public LocalTime time(String field, String value) {
        return hasErrorFor(field) ? null : DateRule.time(field, value, errors);
    }

    /** A year typed as text, within {@link DateRule}'s range (and at most {@code last}); null if absent or wrong. */
    public Integer year(String field, String value, int last) {
        return hasErrorFor(field) ? null : DateRule.year(field, value, last, errors);
    }

    /** A year as a number, within {@link DateRule}'s range; null passes (combine with required). */
    public Validation year(String field, Integer value) {
        if (value != null && !hasErrorFor(field)) {
            DateRule.year(field, String.valueOf(value), DateRule.LAST_YEAR, errors);
        }
        return this;
    }

    public Validation add(FieldError error) {
        errors.add(error);
        return this;
    }

    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** What a person typed, without surrounding space; nothing (null) if only space was typed. */
    public static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A whole number typed as text, or null if it is not one. */
    public static Integer wholeNumber(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Enum constants from query values that may repeat and may each be a comma list (status=OPEN,DONE&status=HELD);
     * one field error per unknown name.
     */
    public static <E extends Enum<E>> Set<E> enumList(String field, List<String> values, Class<E> type,
            List<FieldError> errors) {
        Set<E> parsed = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value == null ? new String[0] : value.split(",", -1)) {
                if (isBlank(part)) {
                    continue;
                }
                E constant = parse(part, type);
                if (constant == null) {
                    errors.add(FieldError.of(field, "samraad.error.invalid-choice"));
                } else {
                    parsed.add(constant);
                }
            }
        }
        return parsed;
    }

    public static <E extends Enum<E>> E parse(String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
