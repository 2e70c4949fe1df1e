package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * Where approved minutes go in a meeting page: in place of the live macros (so no reader sees the minutes twice),
 * with the header and everything the page's authors added left where it was; reopening puts the live macros back.
 */
public class MinutesPageBodyTest {
    private static final String HEADER = "<ac:structured-macro ac:name=\"samraad-meeting\" ac:schema-version=\"1\"/>";
    private static final String BLUEPRINT = HEADER + "\n" + MinutesPageBody.LIVE + "\n";
    private static final String RECORD = MinutesPageBody.START + "<h2>Minutes</h2><p>Decided.</p>"
            + MinutesPageBody.CLOSED_ITEMS;

    @Test
    public void approvingPutsTheRecordInPlaceOfTheLiveMacrosAfterTheHeader() {
        String approved = MinutesPageBody.approved(BLUEPRINT, RECORD);

        assertEquals(HEADER + "\n" + RECORD + "\n", approved);
    }

    @Test
    public void reopeningPutsTheLiveMacrosBackAsTheBlueprintHadThem() {
        assertEquals(BLUEPRINT, MinutesPageBody.reopened(MinutesPageBody.approved(BLUEPRINT, RECORD)));
    }

    @Test
    public void approvingAgainReplacesTheRecordInsteadOfAddingASecond() {
        String once = MinutesPageBody.approved(BLUEPRINT, RECORD);
        String newer = RECORD.replace("Decided.", "Decided again.");

        assertEquals(once, MinutesPageBody.approved(once, RECORD));
        String twice = MinutesPageBody.approved(once, newer);
        assertEquals(HEADER + "\n" + newer + "\n", twice);
    }

    @Test
    public void theDispatchLogAtThePagesFootStaysUntouchedThroughApprovalAndReopening() {
        String log = "<ac:structured-macro ac:name=\"samraad-dispatch-log\" ac:schema-version=\"1\" ac:macro-id=\"d4\"/>";
        String page = BLUEPRINT + log + "\n";

        String approved = MinutesPageBody.approved(page, RECORD);

        assertEquals(HEADER + "\n" + RECORD + "\n" + log + "\n", approved);
        assertEquals(page, MinutesPageBody.reopened(approved));
    }

    @Test
    public void theAuthorsOwnTextAndOtherMeetingsAgendasStayWhereTheyWere() {
        String other = "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"meeting\">12</ac:parameter></ac:structured-macro>";
        String easyRead = "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"view\">easy-read</ac:parameter></ac:structured-macro>";
        String page = "<p>Notes before.</p>" + HEADER + MinutesPageBody.LIVE + "<p>Notes after.</p>" + other + easyRead;

        String approved = MinutesPageBody.approved(page, RECORD);

        assertEquals("<p>Notes before.</p>" + HEADER + RECORD + "\n<p>Notes after.</p>" + other + easyRead, approved);
    }

    @Test
    public void theRecordIsFoundAfterConfluencesEditorAddedMacroIdsAndLineBreaks() {
        String edited = HEADER + "\n<ac:structured-macro ac:name=\"anchor\" ac:schema-version=\"1\" ac:macro-id=\"a1\">"
                + "<ac:parameter ac:name=\"\">samraad-minutes</ac:parameter></ac:structured-macro>\n<h2>Minutes</h2>\n"
                + "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\" ac:macro-id=\"b2\">\n"
                + "<ac:parameter ac:name=\"view\">closed</ac:parameter>\n</ac:structured-macro>\n<p>Signed.</p>";

        String reopened = MinutesPageBody.reopened(edited);

        assertEquals(HEADER + "\n" + MinutesPageBody.LIVE + "\n<p>Signed.</p>", reopened);
    }

    @Test
    public void aPageWithoutLiveMacrosGetsTheRecordAfterItsHeaderOrAtItsEnd() {
        assertEquals("<p>x</p>" + HEADER + RECORD + "\n<p>y</p>",
                MinutesPageBody.approved("<p>x</p>" + HEADER + "<p>y</p>", RECORD));
        assertEquals("<p>x</p>" + RECORD + "\n", MinutesPageBody.approved("<p>x</p>", RECORD));
    }

    @Test
    public void reopeningAPageWithoutARecordLeavesItAsItIs() {
        assertEquals(BLUEPRINT, MinutesPageBody.reopened(BLUEPRINT));
        assertFalse(MinutesPageBody.reopened(BLUEPRINT).contains("samraad-minutes"));
        assertTrue(MinutesPageBody.LIVE.contains("samraad-attendance"));
    }
}
