package org.samraad.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The real plugin in the host, as {@code mvn -Pdevhost} runs it: wired from atlassian-plugin.xml, the demo seeded
 * (the council through the plugin's REST API), and its data kept across a restart. How fast it starts is not
 * asserted here: speed is measured by the benchmark, never by a timed test.
 */
public class DevHostIT {

    @Test
    public void theDemoIsSeededOnceAndSurvivesARestart() throws Exception {
        Path home = Files.createTempDirectory("devhost-it");
        String councilsBefore;
        try (DevHost host = DevHost.start(0, home)) {
            Http http = Http.to(host);
            String uds = http.get(null, "/display/UDS").body();
            assertTrue(uds, uds.contains("section class=\"samraad samraad-council\""));
            Matcher members = Pattern.compile("data-figure=\"members\">(\\d+)<").matcher(uds);
            assertTrue(members.find());
            assertNotEquals("0", members.group(1));
            assertEquals(404, http.get(null, "/display/INT").status());
            assertEquals(404, http.get("reader", "/display/INT").status());
            assertEquals(200, http.get("secretary", "/display/INT").status());
            councilsBefore = http.get(null, "/rest/samraad/1.0/councils?spaceKey=UDS").body();
            assertTrue(councilsBefore, councilsBefore.contains("\"name\":\"Udsatterådet Nordby\""));
        }
        try (DevHost again = DevHost.start(0, home)) {
            Http http = Http.to(again);
            assertEquals("nothing seeded twice", councilsBefore, http.get(null, "/rest/samraad/1.0/councils?spaceKey=UDS").body());
            assertEquals(2, again.store().spaces().size());
            assertTrue(http.get(null, "/display/UDS").body().contains("data-figure=\"members\""));
        }
    }
}
