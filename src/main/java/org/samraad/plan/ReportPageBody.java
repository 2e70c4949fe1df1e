package org.samraad.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a final annual report goes in a page's storage format. Making the report final puts its section in place of
 * the page's live {@code samraad-annual-report} macro for that year (so a reader sees the report once, and a wiki
 * without the plugin still shows it); making it final again replaces that section, never adds a second. Everything
 * else on the page stays where its authors put it. The section runs from one of Confluence's own {@code anchor}
 * macros to another (they render nothing, with or without the plugin), named after the year, found by pattern
 * because Confluence's editor adds attributes such as {@code ac:macro-id} when someone saves the page.
 */
final class ReportPageBody {
    private static final String MACRO_OPEN = "<ac:structured-macro\\b[^>]*?\\bac:name=\"";
    /** A macro element without nested macros: self-closed, or with parameters up to its end tag. */
    private static final String MACRO_REST =
            "\"[^>]*?(?:/>|(?<!/)>(?:(?!<ac:structured-macro\\b).)*?</ac:structured-macro>)";
    private static final Pattern REPORT_MACRO = Pattern.compile(
            MACRO_OPEN + "samraad-annual-report" + MACRO_REST + "\\R?", Pattern.DOTALL);
    private static final Pattern YEAR = Pattern.compile(
            "<ac:parameter ac:name=\"year\">\\s*([^<]*?)\\s*</ac:parameter>");

    private ReportPageBody() {}

    static String start(int year) {
        return anchor("samraad-annual-report-" + year);
    }

    static String end(int year) {
        return anchor("samraad-annual-report-" + year + "-end");
    }

    private static String anchor(String name) {
        return "<ac:structured-macro ac:name=\"anchor\" ac:schema-version=\"1\"><ac:parameter ac:name=\"\">" + name
                + "</ac:parameter></ac:structured-macro>";
    }

    private static Pattern section(int year) {
        return Pattern.compile(anchorPattern("samraad-annual-report-" + year) + ".*?"
                + anchorPattern("samraad-annual-report-" + year + "-end") + "\\R?", Pattern.DOTALL);
    }

    private static String anchorPattern(String name) {
        return MACRO_OPEN + "anchor\"[^>]*>\\s*<ac:parameter ac:name=\"\">\\s*" + Pattern.quote(name)
                + "\\s*</ac:parameter>\\s*</ac:structured-macro>";
    }

    /**
     * The page with {@code section} in place of its older section for the year, else of its live report macros for
     * the year (one without a year shows the year that was made final from it), else at its end.
     */
    static String finalised(String body, int year, String section) {
        String record = section + "\n";
        Matcher found = section(year).matcher(body);
        if (found.find()) {
            return body.substring(0, found.start()) + record + body.substring(found.end());
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        int insertAt = -1;
        Matcher live = REPORT_MACRO.matcher(body);
        while (live.find()) {
            Matcher given = YEAR.matcher(live.group());
            if (given.find() && !given.group(1).equals(String.valueOf(year))) {
                continue;
            }
            out.append(body, last, live.start());
            if (insertAt < 0) {
                insertAt = out.length();
            }
            last = live.end();
        }
        out.append(body.substring(last));
        String without = out.toString();
        return insertAt < 0 ? body + record : without.substring(0, insertAt) + record + without.substring(insertAt);
    }
}
