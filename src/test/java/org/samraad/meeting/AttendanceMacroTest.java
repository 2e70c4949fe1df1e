package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.samraad.meeting.AttendanceData.EDITOR;
import static org.samraad.meeting.AttendanceData.READER;
import static org.samraad.meeting.AttendanceData.SECRETARY;

import com.atlassian.confluence.macro.MacroExecutionException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilZone;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.devhost.services.RequestContext;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * The attendance macro rendered through the product-like renderer (automatic HTML encoding, the descriptor's
 * Velocity allowlist): the static table with status in words, the quorum sentence in three languages, attendance by
 * organisation, the consent rules for outsiders, controls for editors in the live page only, hostile text in every
 * field and parameter, and the three-statement budget with 30 members.
 */
public class AttendanceMacroTest extends AoTestSupport {
    static final String HOSTILE = "<script>window.x=1</script>\"Åse\" & 'co'";
    static final String HOSTILE_ESCAPED = "&lt;script&gt;window.x=1&lt;/script&gt;&quot;Åse&quot; &amp; &#39;co&#39;";
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 3, 10, 0);

    private AttendanceData bed;
    private TestPlugin plugin;
    private AttendanceService attendance;
    private AttendanceMacro attendanceMacro;
    private int uds;
    private int redCross;
    private int meeting;
    private final List<Integer> voting = new ArrayList<>();
    private int leila;
    private int sofie;

    @Before
    public void setUp() {
        bed = new AttendanceData(plugin(), ao);
        plugin = bed.plugin();
        attendance = plugin.get(AttendanceService.class);
        attendanceMacro = plugin.get(AttendanceMacro.class);
        uds = bed.council("UDS", "Udsatterådet Nordby", "da");
        redCross = bed.organisation("Røde Kors", "UDS");
        voting.add(bed.member(uds, "CHAIR").name("Karin Holm").organisation(redCross).id());
        leila = bed.member(uds, "MEMBER").name("Leila Nour").noConsent().id();
        voting.add(leila);
        for (int i = 2; i < 12; i++) {
            voting.add(bed.member(uds, "MEMBER").name("Medlem " + i).id());
        }
        sofie = bed.member(uds, "SUBSTITUTE").name("Sofie Suppleant").organisation(redCross).id();
        bed.member(uds, "SECRETARY").user(SECRETARY).id();
        meeting = bed.meeting(uds, "Ordinært møde december", "PLANNED", START, CouncilZone.COPENHAGEN, null);
    }

    /** 7 of 12 present, one of them through the substitute; Leila (no consent) sends apologies; one guest. */
    private void record() {
        List<AttendanceLineInput> lines = new ArrayList<>();
        for (int i = 0; i < voting.size(); i++) {
            int member = voting.get(i);
            String status = member == leila ? "APOLOGIES" : i < 7 ? "PRESENT" : i == 7 ? "SUBSTITUTE_ATTENDED" : "ABSENT";
            lines.add(new AttendanceLineInput(member, status, i == 7 ? sofie : null, null, null, null));
        }
        lines.add(new AttendanceLineInput(null, "GUEST", null, null, "Maria fra Hela människan", redCross));
        bed.actAs(SECRETARY);
        attendance.record(meeting, new AttendanceInput(lines, 0));
    }

    @Test
    public void anAnonymousReaderSeesTheStaticTableTheQuorumSentenceAndAttendanceByOrganisation() throws Exception {
        record();
        bed.status(meeting, "MINUTES_APPROVED");
        bed.actAs(null);

        String html = render("display", Map.of());

        assertTrue(html.contains(">Attendance: Ordinært møde december</h2>"));
        assertTrue(html.contains("<strong>7 of 12 voting members present, including 1 substitute: enough voting members are present to make decisions.</strong>"));
        assertTrue(html.contains(">Council members serving on 3 December 2026</caption>"));
        assertTrue(html.contains("<th scope=\"col\">Attendance</th>"));
        String karin = row(html, "Karin Holm");
        assertTrue(karin.contains("<td>Chair</td>"));
        assertTrue(karin.contains("<td>Røde Kors</td>"));
        assertTrue("status in words", karin.contains("<span class=\"samraad-attendance-status-text\">Present</span>"));
        String substituted = row(html, "Medlem 7");
        assertTrue(substituted.contains(">Substitute attended</span>"));
        assertTrue(substituted.contains("<span class=\"samraad-attendance-substitute-text\">Sofie Suppleant</span>"));
        assertTrue(row(html, "Medlem 9").contains(">Absent</span>"));
        assertTrue(row(html, "Sofie Suppleant").contains(">Not recorded</span>"));
        String hidden = row(html, "Member (name not published)");
        assertTrue(hidden.contains(">Apologies</span>"));
        assertTrue(hidden.contains("class=\"samraad-name-hidden\""));
        assertFalse("no unpublished name anywhere", html.contains("Leila"));
        assertFalse("no contact data", html.contains("@nordby.example") || html.contains("kontakt@"));
        assertTrue("guests without their names for outsiders", html.contains("<th scope=\"row\">Guest</th>"));
        assertFalse(html.contains("Maria fra Hela"));
        assertTrue(html.contains("<li><span class=\"samraad-attendance-organisation\">Røde Kors</span>: Karin Holm, Sofie Suppleant, Guest</li>"));
        assertFalse("no controls for readers", html.contains("<form") || html.contains("<select") || html.contains("<button"));
        assertWellFormedTables(html);
    }

    @Test
    public void insidersSeeEveryNameAndTheQuorumSentenceComesInDanishAndSwedish() throws Exception {
        record();
        bed.actAs(SECRETARY);
        String html = render("pdf", Map.of());
        assertTrue(html.contains(">Leila Nour</th>"));
        assertTrue(html.contains("<th scope=\"row\">Maria fra Hela människan</th>"));
        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("da"))) {
            assertTrue(render("pdf", Map.of()).contains(
                    "7 af 12 stemmeberettigede medlemmer til stede, heraf 1 suppleant: der er nok stemmeberettigede til stede til at træffe beslutninger."));
        }
        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("sv"))) {
            assertTrue(render("pdf", Map.of()).contains(
                    "7 av 12 röstberättigade ledamöter närvarande, varav 1 ersättare: tillräckligt många röstberättigade är närvarande för att fatta beslut."));
        }
    }

    @Test
    public void approvedMinutesNamePresentAndApologiesInTwoLinesAtTheTopOfTheAttendance() throws Exception {
        record();
        for (String approved : List.of("MINUTES_APPROVED", "PUBLISHED")) {
            bed.status(meeting, approved);
            bed.actAs(null);
            String[] rendered = new String[1];
            sql.assertAtMost(3, () -> rendered[0] = render("pdf", Map.of()));
            String html = rendered[0];
            String present = "<p class=\"samraad-attendance-present\"><strong>Present:</strong> Karin Holm, Medlem 2, "
                    + "Medlem 3, Medlem 4, Medlem 5, Medlem 6, Sofie Suppleant (for Medlem 7)</p>";
            String apologies = "<p class=\"samraad-attendance-apologies\"><strong>Apologies:</strong> "
                    + "Member (name not published)</p>";
            assertTrue(approved + html, html.contains(present));
            assertTrue(html, html.contains(apologies));
            assertTrue("right under the heading, before the quorum and the table",
                    html.indexOf("</h2>") < html.indexOf(present) && html.indexOf(present) < html.indexOf(apologies)
                            && html.indexOf(apologies) < html.indexOf("samraad-quorum"));
            bed.actAs(SECRETARY);
            assertTrue(render("pdf", Map.of()).contains("<strong>Apologies:</strong> Leila Nour</p>"));
        }
        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("da"))) {
            String html = render("pdf", Map.of());
            assertTrue(html, html.contains("<strong>Til stede:</strong> Karin Holm"));
            assertTrue(html.contains("<strong>Afbud:</strong> Leila Nour</p>"));
        }
        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("sv"))) {
            String html = render("pdf", Map.of());
            assertTrue(html, html.contains("<strong>Närvarande:</strong> Karin Holm"));
            assertTrue(html.contains("<strong>Anmält förhinder:</strong> Leila Nour</p>"));
        }
    }

    @Test
    public void beforeApprovalTheAttendanceReadsFirstTooWhoCameAndWhoSentApologies() throws Exception {
        record();
        bed.status(meeting, "HELD");
        bed.actAs(SECRETARY);
        String html = render("pdf", Map.of());
        assertTrue(html.contains("samraad-attendance-table"));
        assertTrue(html.contains("<p class=\"samraad-attendance-present\"><strong>Present:</strong> Karin Holm"));
        assertTrue(html.contains("<strong>Apologies:</strong> Leila Nour</p>"));
        assertTrue("the quorum after them", html.indexOf("samraad-attendance-apologies") < html.indexOf("samraad-quorum"));
    }

    @Test
    public void theNoteTakerIsMarkedInTheAttendanceList() throws Exception {
        record();
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setNoteTakerMemberId(voting.get(0));
        row.save();
        bed.actAs(SECRETARY);
        String html = render("pdf", Map.of());
        assertTrue(html.contains(">Karin Holm <span class=\"samraad-attendance-note-taker\">(takes the notes)</span></th>"));
        assertEquals("only the note-taker", 1, html.split("samraad-attendance-note-taker", -1).length - 1);
    }

    @Test
    public void withoutApologiesApprovedMinutesNameOnlyThosePresent() throws Exception {
        bed.actAs(SECRETARY);
        attendance.record(meeting, new AttendanceInput(List.of(
                new AttendanceLineInput(voting.get(0), "PRESENT", null, null, null, null)), 0));
        bed.status(meeting, "MINUTES_APPROVED");
        String html = render("pdf", Map.of());
        assertTrue(html.contains("<strong>Present:</strong> Karin Holm</p>"));
        assertFalse(html.contains("samraad-attendance-apologies"));
    }

    @Test
    public void aMeetingWithoutAQuorumSaysHowManyAreNeeded() throws Exception {
        bed.actAs(SECRETARY);
        attendance.record(meeting, new AttendanceInput(List.of(
                new AttendanceLineInput(voting.get(0), "PRESENT", null, null, null, null)), 0));
        assertTrue(render("display", Map.of()).contains(
                "1 of 12 voting members present: too few voting members are present to make decisions (at least 6 needed)."));
    }

    @Test
    public void editorsGetLabelledControlsInTheLivePageOnlyAndEveryOtherOutputIsStatic() throws Exception {
        record();
        bed.actAs(EDITOR);
        String html = render("display", Map.of());
        assertTrue(html.contains("data-editable=\"true\""));
        assertTrue("the attendance version the page was rendered with",
                html.contains("-form\" novalidate data-meeting-id=\"" + meeting
                        + "\" data-version=\"1\" data-space-key=\"UDS\""));
        assertTrue("an AUI form, opened on demand by its toggle", html.contains("<form class=\"aui samraad-attendance-form\""));
        assertTrue(html.contains("aria-expanded=\"false\" aria-controls=\"samraad-attendance-"));
        assertTrue(html.contains(">Change attendance</button>"));
        String karin = row(html, "Karin Holm");
        String rowId = karin.substring(karin.indexOf("id=\"") + 4, karin.indexOf('"', karin.indexOf("id=\"") + 4));
        assertTrue(karin.contains("<label class=\"samraad-visually-hidden\" for=\"" + rowId + "-status\">Attendance of Karin Holm</label>"));
        assertTrue(karin.contains("<option value=\"PRESENT\" selected>Present</option>"));
        assertTrue(karin.contains("<option value=\"\">Not recorded</option>"));
        assertFalse("guest is not a member's status", karin.contains("value=\"GUEST\""));
        assertTrue(karin.contains("<option value=\"" + sofie + "\">Sofie Suppleant</option>"));
        assertTrue(row(html, "Medlem 7").contains("<option value=\"" + sofie + "\" selected>Sofie Suppleant</option>"));
        assertFalse("a substitute does not stand in for themselves",
                row(html, "Sofie Suppleant").contains("<option value=\"" + sofie + "\""));
        assertTrue(html.contains("<label for=\"" + html.substring(html.indexOf("id=\"samraad-attendance-") + 4,
                html.indexOf('"', html.indexOf("id=\"samraad-attendance-") + 4)) + "-guest-name\">Name of the guest</label>"));
        assertTrue("an editor sees guests' names", html.contains("<th scope=\"row\">Maria fra Hela människan</th>"));
        assertTrue(html.contains("data-name=\"Maria fra Hela människan\" data-organisation-id=\"" + redCross + "\""));
        for (String outputType : List.of("preview", "pdf", "word", "email", "html_export")) {
            String staticHtml = render(outputType, Map.of());
            assertFalse(outputType, staticHtml.contains("<form") || staticHtml.contains("<select")
                    || staticHtml.contains("<button") || staticHtml.contains("data-editable"));
            assertTrue(outputType, staticHtml.contains("7 of 12 voting members present"));
        }
        bed.actAs(READER);
        assertFalse(render("display", Map.of()).contains("<form"));
    }

    @Test
    public void approvedOrPublishedMinutesOfferEditorsNoAttendanceEditingUntilReopened() throws Exception {
        record();
        for (String status : new String[] {"MINUTES_APPROVED", "PUBLISHED"}) {
            bed.status(meeting, status);
            for (String editor : new String[] {SECRETARY, EDITOR}) {
                bed.actAs(editor);
                String html = render("display", Map.of());
                assertTrue(status, html.contains("7 of 12 voting members present"));
                assertFalse(status + editor, html.contains("<form") || html.contains("<select")
                        || html.contains("<button") || html.contains("data-editable=\"true\""));
            }
        }
        bed.status(meeting, "HELD");
        assertTrue("reopened: editable again", render("display", Map.of()).contains("data-editable=\"true\""));
    }

    @Test
    public void withoutGuestsReadersGetASentenceInsteadOfAnEmptyTable() throws Exception {
        bed.status(meeting, "MINUTES_APPROVED");
        bed.actAs(READER);
        String html = render("pdf", Map.of());
        assertTrue(html.contains("No guests recorded."));
        assertFalse(html.contains("samraad-attendance-guests"));
        bed.status(meeting, "HELD");
        bed.actAs(EDITOR);
        assertTrue("editors get the table to add to", render("display", Map.of())
                .contains("<table class=\"aui samraad-attendance-guests\" hidden"));
    }

    @Test
    public void hostileTextInEveryFieldIsEscaped() throws Exception {
        int hostileOrganisation = bed.organisation(HOSTILE, "UDS");
        int hostileMember = bed.member(uds, "MEMBER").name(HOSTILE).organisation(hostileOrganisation).id();
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setTitle(HOSTILE);
        row.save();
        bed.actAs(SECRETARY);
        attendance.record(meeting, new AttendanceInput(List.of(
                new AttendanceLineInput(hostileMember, "SUBSTITUTE_ATTENDED", sofie, null, null, null),
                new AttendanceLineInput(null, "GUEST", null, null, HOSTILE, hostileOrganisation)), 0));
        bed.status(meeting, "MINUTES_APPROVED");
        for (String user : new String[] {SECRETARY, null}) {
            bed.actAs(user);
            for (String outputType : List.of("display", "pdf", "email")) {
                String html = render(outputType, Map.of());
                assertFalse(html.contains("<script>"));
                assertFalse(html.contains("\"Åse\""));
                assertTrue(html.contains(">Attendance: " + HOSTILE_ESCAPED + "</h2>"));
                assertTrue(html.contains("<td>" + HOSTILE_ESCAPED + "</td>"));
                assertTrue(html.contains("<span class=\"samraad-attendance-organisation\">" + HOSTILE_ESCAPED + "</span>"));
            }
        }
        bed.status(meeting, "HELD");
        bed.actAs(SECRETARY);
        String html = render("display", Map.of());
        assertTrue(html.contains(">" + HOSTILE_ESCAPED + "</th>"));
        assertTrue(html.contains("data-name=\"" + HOSTILE_ESCAPED + "\""));
        assertTrue(html.contains("Attendance of " + HOSTILE_ESCAPED + "</label>"));
    }

    @Test
    public void theMeetingParameterIsANumberOfAMeetingTheReaderMaySeeOrThePagesMeeting() throws Exception {
        bed.actAs(SECRETARY);
        int internal = bed.meeting(bed.council("INT", "Internt råd", "da"), "Internt møde", "PLANNED", START,
                CouncilZone.COPENHAGEN, null);
        assertTrue(render("display", Map.of("meeting", " " + internal + " ")).contains("Attendance: Internt møde"));
        assertTrue("the page's own meeting by default", render("display", Map.of()).contains("Attendance: Ordinært møde december"));
        bed.actAs(READER);
        assertMacroError(Map.of("meeting", String.valueOf(internal)),
                "The meeting could not be found, or you do not have access to it.");
        assertMacroError(Map.of("meeting", HOSTILE), "The meeting parameter must be the number of a meeting.");
        String none = attendanceMacro.execute(new HashMap<>(), null, new HostConversionContext("UDS", 1L, "display"));
        assertTrue(none.contains("No meeting is recorded for this page."));
        String noPage = attendanceMacro.execute(new HashMap<>(), null, new HostConversionContext("UDS", null, "pdf"));
        assertTrue(noPage.contains("No meeting is recorded for this page."));
    }

    @Test
    public void aRenderCostsThreeStatementsWithThirtyMembersForEveryViewerAndOutput() throws Exception {
        List<AttendanceLineInput> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int organisation = bed.organisation("Organisation " + i, "UDS");
            int member = bed.member(uds, i % 6 == 0 ? "SUBSTITUTE" : "MEMBER").name("Person " + i)
                    .organisation(organisation).id();
            if (i % 3 != 0) {
                lines.add(new AttendanceLineInput(member, i % 3 == 1 ? "PRESENT" : "APOLOGIES", null, null, null, null));
            }
            lines.add(new AttendanceLineInput(null, "GUEST", null, null, "Gæst " + i, organisation));
        }
        bed.actAs(SECRETARY);
        attendance.record(meeting, new AttendanceInput(lines, 0));
        bed.status(meeting, "PUBLISHED");
        for (String user : new String[] {SECRETARY, EDITOR, READER, null}) {
            bed.actAs(user);
            for (String outputType : List.of("display", "pdf")) {
                sql.assertAtMost(3, () -> render(outputType, Map.of()));
                sql.assertAtMost(3, () -> render(outputType, Map.of("meeting", String.valueOf(meeting))));
            }
        }
        assertEquals(30 + 12 + 1 + 1, countRows(render("display", Map.of())));
    }

    @Test
    public void theLiveSectionAndTheQuorumPreviewCostAtMostThreeStatementsEach() throws Exception {
        for (int i = 0; i < 30; i++) {
            bed.member(uds, "MEMBER").name("Person " + i).id();
        }
        record();
        AttendanceSection section = plugin.get(AttendanceSection.class);
        AttendanceInput entered = new AttendanceInput(List.of(
                new AttendanceLineInput(voting.get(0), "PRESENT", null, null, null, null)), null);
        for (String user : new String[] {SECRETARY, EDITOR}) {
            bed.actAs(user);
            sql.assertAtMost(3, () -> section.html(meeting));
            sql.assertAtMost(3, () -> section.preview(meeting, entered));
        }
        assertTrue(section.preview(meeting, entered).text().startsWith("1 of "));
    }

    @Test
    public void untilTheMinutesAreApprovedOnlyThoseWhoPrepareTheMeetingSeeItsAttendanceInAnyOutput() throws Exception {
        record();
        for (String status : List.of("PLANNED", "AGENDA_PUBLISHED", "HELD", "CANCELLED")) {
            bed.status(meeting, status);
            for (String reader : new String[] {READER, null}) {
                bed.actAs(reader);
                for (String output : List.of("display", "pdf", "email", "word")) {
                    String html = render(output, Map.of());
                    assertFalse(status + output + html, html.contains("Maria fra Hela människan"));
                    assertFalse(html.contains("quorate"));
                    assertFalse(html.contains("Present"));
                    assertTrue(html.contains("The attendance is shown here once the minutes are approved."));
                }
            }
            for (String preparer : new String[] {SECRETARY, EDITOR}) {
                bed.actAs(preparer);
                assertTrue(status + preparer, render("pdf", Map.of()).contains("enough voting members are present to make decisions."));
            }
        }
        bed.status(meeting, "MINUTES_APPROVED");
        bed.actAs(null);
        assertTrue(render("pdf", Map.of()).contains("enough voting members are present to make decisions."));
    }

    @Test
    public void theScriptsTheMacrosAskForAreAWebResourceOfThePlugin() {
        String key = AttendanceMacro.WEB_RESOURCES;
        assertTrue(key.startsWith(org.samraad.platform.PluginKeys.PLUGIN_KEY + ":"));
        assertTrue(org.samraad.devhost.descriptor.PluginDescriptorParser.fromClasspath("atlassian-plugin.xml")
                .webResource(key.substring(key.indexOf(':') + 1)).isPresent());
    }

    private String render(String outputType, Map<String, String> parameters) throws MacroExecutionException {
        String html = attendanceMacro.execute(new HashMap<>(parameters), null,
                new HostConversionContext("UDS", 4242L + meeting, outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html,
                html.contains("$a.") || html.contains("$row.") || html.contains("$t.") || html.contains("$guest."));
        return html;
    }

    private void assertMacroError(Map<String, String> parameters, String message) {
        try {
            attendanceMacro.execute(new HashMap<>(parameters), null,
                    new HostConversionContext("UDS", 4242L + meeting, "display"));
            fail("expected an error for " + parameters);
        } catch (MacroExecutionException e) {
            assertEquals(message, e.getMessage());
        }
    }

    private static String row(String html, String name) {
        int at = html.indexOf(">" + name + "</th>");
        assertTrue("no row for " + name, at > 0);
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    private static int countRows(String html) {
        return html.split("class=\"samraad-attendance-row\"", -1).length - 1;
    }

    static void assertWellFormedTables(String html) {
        int tables = html.split("<table", -1).length - 1;
        assertEquals(tables, html.split("</table>", -1).length - 1);
        assertEquals("every table has a caption", tables, html.split("<caption", -1).length - 1);
        assertEquals("every table is an AUI table", tables, html.split("<table class=\"aui ", -1).length - 1);
        assertFalse(html.contains("<th>"));
    }
}
