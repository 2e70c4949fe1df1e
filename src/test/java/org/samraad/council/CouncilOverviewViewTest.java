package org.samraad.council;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class CouncilOverviewViewTest {
    @Test
    public void blankLinesSeparateThePurposeIntoParagraphs() {
        assertEquals(List.of("Rådet rådgiver byrådet.", "Det er talerør\nfor borgerne."),
                CouncilOverviewView.paragraphs("  Rådet rådgiver byrådet.\r\n   \r\nDet er talerør\nfor borgerne.\n"));
    }

    @Test
    public void noPurposeGivesNoParagraphs() {
        assertEquals(List.of(), CouncilOverviewView.paragraphs(null));
        assertEquals(List.of(), CouncilOverviewView.paragraphs(" \n "));
    }
}
