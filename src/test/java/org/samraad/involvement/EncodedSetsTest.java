package org.samraad.involvement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** The one-column encodings that keep a list of actors at one statement read back exactly what was written. */
public class EncodedSetsTest {

    @Test
    public void aSetReadsBackInOrderWithoutRepeatsAndAnEmptySetIsNull() {
        assertEquals("|FOCUS_GROUP|BILATERAL|", KeySet.encode(List.of("FOCUS_GROUP", "BILATERAL")));
        assertEquals(List.of("FOCUS_GROUP", "BILATERAL"), KeySet.decode("|FOCUS_GROUP|BILATERAL|FOCUS_GROUP|"));
        assertNull(KeySet.encode(List.of()));
        assertEquals(List.of(), KeySet.decode(null));
        assertEquals(List.of(3, 11), KeySet.decodeIds("|3|x|11|"));
    }

    @Test
    public void aValueWithTheSeparatorDoesNotFitASet() {
        assertTrue(KeySet.fits("8a7f80"));
        assertFalse(KeySet.fits("a|b"));
        assertFalse(KeySet.fits(""));
        assertFalse(KeySet.fits(null));
    }

    @Test
    public void topicsKeepTheirIdsAndNamesWithColonsAndQuotes() {
        List<InvolvementTopic> topics = List.of(new InvolvementTopic(1, "Borgere: med misbrug"),
                new InvolvementTopic(12, "\"Hjemløse\" & <andre>"));
        assertEquals(topics, Topics.decode(Topics.encode(topics)));
        assertNull(Topics.encode(List.of()));
        assertEquals(List.of(new InvolvementTopic(2, "B")), Topics.decode("uden id\n2:B\nx:C"));
    }
}
