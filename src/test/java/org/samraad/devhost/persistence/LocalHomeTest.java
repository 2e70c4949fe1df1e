package org.samraad.devhost.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

/** A node's local home: one running node at a time, and the node keeps its id over restarts. */
public class LocalHomeTest {
    @Test
    public void aSecondNodeOnTheSameLocalHomeIsRefusedUntilTheFirstStops() throws Exception {
        Path directory = Files.createTempDirectory("local-home");
        try (LocalHome first = LocalHome.open(directory, "node-a")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> LocalHome.open(directory, "node-b"));
            assertTrue(refused.getMessage(), refused.getMessage().contains("Another dev host is using"));
        }
        try (LocalHome again = LocalHome.open(directory, null)) {
            assertEquals("node-a", again.node());
        }
    }

    @Test
    public void aNodeWithoutAnIdGetsOneAndKeepsItUntilAnotherIsAskedFor() throws Exception {
        Path directory = Files.createTempDirectory("local-home");
        String generated;
        try (LocalHome home = LocalHome.open(directory, " ")) {
            generated = home.node();
            assertTrue(generated, generated.startsWith("node-"));
        }
        try (LocalHome home = LocalHome.open(directory, null)) {
            assertEquals(generated, home.node());
        }
        try (LocalHome home = LocalHome.open(directory, "node-b")) {
            assertNotEquals(generated, home.node());
            assertEquals("node-b", home.node());
        }
    }
}
