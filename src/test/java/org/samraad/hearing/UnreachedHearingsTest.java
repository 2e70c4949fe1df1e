package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.platform.CalendarDays;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;

/**
 * Issue 17 point 9: an open hearing whose responsible person the deadline reminders cannot mail (nobody, a user
 * without an address, a user who cannot view the space) is flagged, in words, to those who look after the council
 * in its register; readers and anonymous visitors are not told, answered hearings never flagged, and the render
 * stays within three statements.
 */
public class UnreachedHearingsTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String MAILED = "key-mailed";
    private static final String NO_ADDRESS = "key-no-address";
    private static final String OUTSIDER = "key-outsider";
    private static final String FLAG = "<strong class=\"samraad-unreached-label\">No one can be reached for this hearing</strong>";

    private FakeConfluence confluence;
    private HearingsMacro macro;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS").grant(MAILED, Permission.VIEW, "UDS")
                .grant(NO_ADDRESS, Permission.VIEW, "UDS").grant(EDITOR, Permission.EDIT, "UDS").actAs(EDITOR);
        macro = plugin().confluence(confluence).users(new FakeUserDirectory(
                        Map.of(EDITOR, "Edvin Editor", READER, "Rita Reader", MAILED, "Maria Mail",
                                NO_ADDRESS, "Niels Uden", OUTSIDER, "Ole Udenfor"),
                        Map.of(MAILED, "maria@nordby.dk", OUTSIDER, "ole@avis.dk")))
                .clock(() -> NOW).start().get(HearingsMacro.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void anEditorSeesTheOpenHearingsWhoseResponsiblePersonCannotBeMailedFlaggedInWords() throws Exception {
        hearing("Med adresse", "DRAFTING", MAILED);
        hearing("Uden adresse", "DRAFTING", NO_ADDRESS);
        hearing("Uden for rummet", "RECEIVED", OUTSIDER);
        hearing("Ingen ansvarlig", "COUNCIL_REVIEW", null);
        hearing("Besvaret uden ansvarlig", "SUBMITTED", null);

        String html = render(Map.of());

        assertFalse(row(html, "Med adresse").contains("samraad-unreached"));
        assertFalse("answered hearings owe nothing", row(html, "Besvaret uden ansvarlig").contains("samraad-unreached"));
        for (String unreached : new String[] {"Uden adresse", "Uden for rummet", "Ingen ansvarlig"}) {
            assertTrue(unreached, row(html, unreached).contains(FLAG));
        }
    }

    @Test
    public void readersAndAnonymousVisitorsAreNotTold() throws Exception {
        hearing("Ingen ansvarlig", "DRAFTING", null);
        for (String viewer : new String[] {READER, null}) {
            confluence.actAs(viewer);
            String html = render(Map.of());
            assertTrue(html.contains("Ingen ansvarlig"));
            assertFalse(String.valueOf(viewer), html.contains("samraad-unreached"));
        }
    }

    @Test
    public void theFlagCostsNoStatementBeyondTheRegistersThree() throws Exception {
        for (int i = 0; i < 30; i++) {
            hearing("Høring " + i, "DRAFTING", i % 2 == 0 ? null : NO_ADDRESS);
        }
        String[] html = new String[1];
        sql.assertAtMost(3, () -> html[0] = render(Map.of("pageSize", "100")));
        assertEquals(30, html[0].split("samraad-unreached-label", -1).length - 1);
    }

    private void hearing(String title, String status, String responsible) {
        HearingEntity row = ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("SUBJECT", title),
                new DBParam("STATUS", status), new DBParam("DEADLINE", CalendarDays.toDate(TODAY.plusDays(10))),
                new DBParam("VERSION", 0));
        if (status.equals("SUBMITTED")) {
            row.setSubmittedOn(CalendarDays.toDate(TODAY.minusDays(1)));
        }
        row.setResponsibleUserKey(responsible);
        row.save();
    }

    private String render(Map<String, String> parameters) throws Exception {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, "display"));
        assertFalse("a blocked template call leaves a literal reference:\n" + html, html.contains("$line."));
        return html;
    }

    private static String row(String html, String title) {
        int at = html.indexOf(">" + title + "</");
        assertTrue(title + "\n" + html, at > 0);
        int start = html.lastIndexOf("<tr ", at);
        return html.substring(start, html.indexOf("</tr>", at) + 5);
    }
}
