package org.samraad.platform;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects field errors for one input, then throws them together. Lengths match the column sizes, so a value
 * that passes here always fits the database.
 */
public final class Validation {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\t]");

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

    /** A one-line value (a title, a name): no line breaks, tabs or other control characters. */
    public Validation singleLine(String field, String value) {
        if (value != null && !hasErrorFor(field) && (CONTROL.matcher(value).find() || LINE_BREAK.matcher(value).find())) {
            errors.add(FieldError.of(field, "samraad.error.single-line"));
        }
        return this;
    }

    /** Free text: line breaks and tabs are fine, other control characters (NUL included, which PostgreSQL refuses) are not. */
    public Validation plainText(String field, String value) {
        if (value != null && !hasErrorFor(field) && CONTROL.matcher(value).find()) {
            errors.add(FieldError.of(field, "samraad.error.control"));
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
