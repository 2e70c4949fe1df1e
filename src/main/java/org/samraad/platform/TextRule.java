package org.samraad.platform;

/**
 * What may be stored as text typed by a person, in one place for every field of every input. Two kinds:
 * <ul>
 * <li>one line (names, titles, keys, places): no control character at all (C0 and C1, NUL, tab and line breaks
 *     included) and no Unicode line or paragraph separator;
 * <li>free text (descriptions, decisions, notes): line breaks ({@code \n}, and {@code \r} of a pasted
 *     {@code \r\n}) and tabs, no other control character.
 * </ul>
 * Neither may hold half of a surrogate pair: JSON can carry one ({@code "\ud800"}), but no database stores it
 * faithfully (PostgreSQL refuses NUL and the JDBC driver turns a lone surrogate into "?"), and XML, mail and
 * iCalendar output cannot encode it.
 */
public final class TextRule {
    static final String ONE_LINE_KEY = "samraad.error.single-line";
    static final String TEXT_KEY = "samraad.error.control";

    private TextRule() {}

    public static boolean isOneLine(String value) {
        return value != null && allowed(value, false);
    }

    public static boolean isText(String value) {
        return value != null && allowed(value, true);
    }

    private static boolean allowed(String value, boolean lineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if (Character.isISOControl(c)) {
                if (!lineBreaks || (c != '\n' && c != '\r' && c != '\t')) {
                    return false;
                }
            } else if (!lineBreaks && (c == '\u2028' || c == '\u2029')) {
                return false;
            }
        }
        return true;
    }
}
