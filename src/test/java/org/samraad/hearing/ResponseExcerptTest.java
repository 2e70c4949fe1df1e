package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ResponseExcerptTest {

    @Test
    public void onlyAnApprovedOrSubmittedResponseHasAnExcerpt() {
        for (HearingStatus status : HearingStatus.values()) {
            String excerpt = ResponseExcerpt.of(status, "Rådet støtter planen.");
            if (status.responseFrozen()) {
                assertEquals("Rådet støtter planen.", excerpt);
            } else {
                assertNull(status.name(), excerpt);
            }
        }
        assertNull("no text, no excerpt", ResponseExcerpt.of(HearingStatus.APPROVED, " \n "));
    }

    @Test
    public void theExcerptIsTheFirstParagraphOnOneLine() {
        assertEquals("Rådet støtter planen og ønsker en natcafé.", ResponseExcerpt.of(HearingStatus.SUBMITTED,
                "\n  Rådet støtter planen\nog ønsker en natcafé.\n\nDet andet afsnit."));
    }

    @Test
    public void aLongOpeningIsCutAfterAWholeWordWithAnEllipsis() {
        String excerpt = ResponseExcerpt.of(HearingStatus.APPROVED, "Rådet mener, ".repeat(30));
        assertTrue(excerpt, excerpt.endsWith("mener…") && excerpt.length() <= ResponseExcerpt.MAX + 1);
    }

    @Test
    public void oneVeryLongWordIsCutInsideItButNeverInsideACharacter() {
        String excerpt = ResponseExcerpt.of(HearingStatus.APPROVED, "a".repeat(ResponseExcerpt.MAX - 1) + "😀😀");
        assertEquals("a".repeat(ResponseExcerpt.MAX - 1) + "…", excerpt);
    }
}
