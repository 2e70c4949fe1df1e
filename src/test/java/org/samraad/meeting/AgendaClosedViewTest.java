package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AgendaData.MEMBER;
import static org.samraad.meeting.AgendaData.READER;
import static org.samraad.meeting.AgendaData.item;
import static org.samraad.meeting.AgendaData.link;

import com.atlassian.confluence.macro.MacroExecutionException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * {@code samraad-agenda view=closed}, the one live part of a meeting page whose approved minutes are page content:
 * insiders see the closed items in full and nothing else (the page holds the rest), everyone else sees nothing.
 */
public class AgendaClosedViewTest extends AoTestSupport {
    private static final long PAGE = 4343L;

    private AgendaData bed;
    private AgendaMacro macro;
    private int meeting;

    @Before
    public void setUp() {
        TestPlugin plugin = AgendaData.people(plugin()).start();
        bed = new AgendaData(plugin, ao);
        macro = plugin.get(AgendaMacro.class);
        int uds = bed.council("UDS", "Udsatterådet Nordby");
        bed.member(uds, MEMBER, null, true);
        meeting = bed.meeting(uds, LocalDateTime.of(2026, 11, 24, 19, 0), MeetingStatus.HELD, PAGE);
        bed.add(meeting, item("Budget for natcaféen").kind("DECISION").minutes(30)
                .texts(null, null, "Rådet anbefalede tilskud.", null, null));
        bed.add(meeting, item("Sag om en navngiven borger").closed().minutes(15)
                .texts("Fortrolig sagsfremstilling", null, "Fortrolig beslutning", null, null)
                .attachments(link("Sagsakt", "https://nordby.dk/sag.pdf")));
        bed.status(meeting, MeetingStatus.MINUTES_APPROVED);
    }

    @Test
    public void insidersSeeOnlyTheClosedItemsInFull() throws Exception {
        bed.confluence.actAs(MEMBER);

        String html = render("display");

        assertTrue(html, html.contains("Sag om en navngiven borger"));
        assertTrue(html, html.contains("Fortrolig beslutning"));
        assertTrue(html, html.contains("Sagsakt"));
        assertFalse("the page itself holds the open items", html.contains("Budget for natcaféen"));
    }

    @Test
    public void everyoneElseSeesNothingInAnyOutput() throws Exception {
        for (String user : new String[] {READER, null}) {
            bed.confluence.actAs(user);
            for (String output : new String[] {"display", "pdf", "word", "email"}) {
                assertEquals(user + " " + output, "", render(output));
            }
        }
    }

    private String render(String outputType) throws MacroExecutionException {
        Map<String, String> parameters = new HashMap<>(Map.of("view", "closed"));
        return macro.execute(parameters, null, new HostConversionContext("UDS", PAGE, outputType));
    }
}
