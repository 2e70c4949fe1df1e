package org.samraad.platform;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class ParagraphsTest {
    @Test
    public void blankLinesSeparateThePurposeIntoParagraphs() {
        assertEquals(List.of("Rådet rådgiver byrådet.", "Det er talerør\nfor borgerne."),
                Paragraphs.of("  Rådet rådgiver byrådet.\r\n   \r\nDet er talerør\nfor borgerne.\n"));
    }

    @Test
    public void noPurposeGivesNoParagraphs() {
        assertEquals(List.of(), Paragraphs.of(null));
        assertEquals(List.of(), Paragraphs.of(" \n "));
    }

    @Test
    public void blankLinesBeforeTheFirstParagraphGiveNoEmptyOne() {
        assertEquals(List.of("Høringssvar sendt."), Paragraphs.of("\n\n\n  Høringssvar sendt."));
    }

    @Test
    public void runsOfUnicodeParagraphSeparatorsGiveNoEmptyParagraph() {
        assertEquals(List.of("Første afsnit.", "Andet afsnit."),
                Paragraphs.of("Første afsnit.\u2029\u2029\u2029\u2029Andet afsnit."));
    }
}
