package org.samraad.platform;

import java.util.List;

/**
 * CSV for spreadsheets as councils use them: Danish and Swedish Excel split on semicolons (their list separator,
 * as the comma is the decimal sign) and read UTF-8 only with a byte-order mark, so the text starts with one and
 * cells are separated by {@code ;}. Lines end in CRLF and cells are quoted as RFC 4180 says.
 *
 * <p>A cell that would start with {@code = + - @} (or a tab or carriage return), even after leading blanks, gets
 * a leading apostrophe, so a name like {@code =HYPERLINK(…)} stays text instead of becoming a formula (CSV
 * injection, as OWASP describes it).
 */
public final class CsvWriter {
    public static final char SEPARATOR = ';';
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private final StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(cell(cells.get(i)));
        }
        out.append(LINE_END);
        return this;
    }

    public String text() {
        return out.toString();
    }

    /** One cell, neutralised and quoted as needed; null is an empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf(',') >= 0
                || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeAFormula(String value) {
        if ("\t\r".indexOf(value.charAt(0)) >= 0) {
            return true;
        }
        String trimmed = value.stripLeading();
        return !trimmed.isEmpty() && "=+-@".indexOf(trimmed.charAt(0)) >= 0;
    }
}
