package org.samraad.plan;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Where a final annual report goes in a page: in place of that year's live macro, once, and nothing else moves. */
public class ReportPageBodyTest {
    private static final String SECTION = ReportPageBody.start(2025) + "<h2>Årsrapport 2025</h2>"
            + ReportPageBody.end(2025);

    @Test
    public void theReportTakesThePlaceOfTheYearsMacroEvenAfterTheEditorAddedAttributes() {
        String body = "<p>Forord</p>\n<ac:structured-macro ac:name=\"samraad-annual-report\" ac:schema-version=\"1\" "
                + "ac:macro-id=\"abc\"><ac:parameter ac:name=\"year\"> 2025 </ac:parameter></ac:structured-macro>\n"
                + "<p>Fokus</p>";

        assertEquals("<p>Forord</p>\n" + SECTION + "\n<p>Fokus</p>", ReportPageBody.finalised(body, 2025, SECTION));
    }

    @Test
    public void aMacroWithoutAYearIsReplacedAndAnotherYearsMacroStays() {
        String other = "<ac:structured-macro ac:name=\"samraad-annual-report\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"year\">2024</ac:parameter></ac:structured-macro>";
        String body = "<ac:structured-macro ac:name=\"samraad-annual-report\" ac:schema-version=\"1\"/>\n" + other;

        assertEquals(SECTION + "\n" + other, ReportPageBody.finalised(body, 2025, SECTION));
    }

    @Test
    public void makingFinalAgainReplacesTheSectionAndWritingTheSameSectionChangesNothing() {
        String once = ReportPageBody.finalised("<p>Forord</p>\n", 2025, SECTION);
        String corrected = ReportPageBody.start(2025) + "<h2>Rettet</h2>" + ReportPageBody.end(2025);

        assertEquals("a page without the macro gets the report at its end", "<p>Forord</p>\n" + SECTION + "\n", once);
        assertEquals(once, ReportPageBody.finalised(once, 2025, SECTION));
        assertEquals("<p>Forord</p>\n" + corrected + "\n", ReportPageBody.finalised(once, 2025, corrected));
    }
}
