package org.samraad.meeting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the approved minutes go in a meeting page's storage format, and back. A meeting page holds the header
 * ({@code samraad-meeting}) and the live macros of its meeting (agenda requests, the agenda, attendance). Approving
 * puts the record section in place of the live macros, so a reader with the plugin sees the minutes once and a wiki
 * without it still shows the whole public record; reopening puts the live macros back in place of the record
 * section. Everything else on the page stays where the page's authors put it.
 *
 * <p>The record section runs from Confluence's own {@code anchor} macro named {@value #ANCHOR} (it renders nothing,
 * with or without the plugin) to the closed-items macro that ends it. Both are found by pattern, not by exact text,
 * because Confluence's editor adds attributes such as {@code ac:macro-id} when someone saves the page.
 */
final class MinutesPageBody {
    static final String ANCHOR = "samraad-minutes";
    static final String START = "<ac:structured-macro ac:name=\"anchor\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"\">" + ANCHOR + "</ac:parameter></ac:structured-macro>";
    /** Closed items in full for insiders, nothing for others: the only live part of approved minutes. */
    static final String CLOSED_ITEMS = "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"view\">" + AgendaViewKind.CLOSED.parameter() + "</ac:parameter>"
            + "</ac:structured-macro>";
    /** The meeting blueprint's live macros (templates/blueprints/meeting.xml), as reopening restores them. */
    static final String LIVE = """
            <ac:structured-macro ac:name="samraad-agenda-requests" ac:schema-version="1"/>
            <ac:structured-macro ac:name="samraad-agenda" ac:schema-version="1"><ac:parameter ac:name="view">auto</ac:parameter></ac:structured-macro>
            <ac:structured-macro ac:name="samraad-attendance" ac:schema-version="1"/>""";

    private static final String MACRO_OPEN = "<ac:structured-macro\\b[^>]*?\\bac:name=\"";
    /** A macro element without nested macros: self-closed, or with parameters up to its end tag. */
    private static final String MACRO_REST = "\"[^>]*?(?:/>|(?<!/)>(?:(?!<ac:structured-macro\\b).)*?</ac:structured-macro>)";
    private static final Pattern SECTION = Pattern.compile(
            MACRO_OPEN + "anchor\"[^>]*>\\s*<ac:parameter ac:name=\"\">\\s*" + ANCHOR + "\\s*</ac:parameter>\\s*"
                    + "</ac:structured-macro>.*?" + MACRO_OPEN + "samraad-agenda\"[^>]*>\\s*"
                    + "<ac:parameter ac:name=\"view\">\\s*" + AgendaViewKind.CLOSED.parameter()
                    + "\\s*</ac:parameter>\\s*</ac:structured-macro>\\R?",
            Pattern.DOTALL);
    private static final Pattern LIVE_MACRO = Pattern.compile(
            MACRO_OPEN + "(?:samraad-agenda-requests|samraad-attendance|samraad-agenda)" + MACRO_REST + "\\R?",
            Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile(MACRO_OPEN + "samraad-meeting" + MACRO_REST, Pattern.DOTALL);
    /** An agenda macro that is not the page's live agenda: another meeting's, or a view kept beside the minutes. */
    private static final Pattern OTHER_AGENDA = Pattern.compile(
            "ac:name=\"meeting\"|<ac:parameter ac:name=\"view\">\\s*(?:easy-read|public|closed)\\s*<", Pattern.DOTALL);

    private MinutesPageBody() {}

    /** The page with {@code record} (a whole record section) in place of its live macros or of an older record. */
    static String approved(String body, String section) {
        // the section stands on lines of its own, as the macros it replaces did
        String record = section + "\n";
        Matcher found = SECTION.matcher(body);
        if (found.find()) {
            return body.substring(0, found.start()) + record + body.substring(found.end());
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        int insertAt = -1;
        Matcher live = LIVE_MACRO.matcher(body);
        while (live.find()) {
            if (OTHER_AGENDA.matcher(live.group()).find()) {
                continue;
            }
            out.append(body, last, live.start());
            if (insertAt < 0) {
                insertAt = out.length();
            }
            last = live.end();
        }
        out.append(body.substring(last));
        if (insertAt < 0) {
            Matcher header = HEADER.matcher(body);
            return header.find()
                    ? body.substring(0, header.end()) + record + body.substring(header.end())
                    : body + record;
        }
        // the live macros' line breaks went with them
        String without = out.toString();
        return without.substring(0, insertAt) + record + without.substring(insertAt);
    }

    /** The page with the live macros in place of its record section; as it was when it has none. */
    static String reopened(String body) {
        Matcher section = SECTION.matcher(body);
        return section.find()
                ? body.substring(0, section.start()) + LIVE + "\n" + body.substring(section.end())
                : body;
    }
}
