package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AttendanceMacroTest.HOSTILE;
import static org.samraad.meeting.AttendanceMacroTest.HOSTILE_ESCAPED;
import static org.samraad.meeting.AttendanceData.EDITOR;
import static org.samraad.meeting.AttendanceData.GUEST_USER;
import static org.samraad.meeting.AttendanceData.MEMBER_USER;
import static org.samraad.meeting.AttendanceData.READER;
import static org.samraad.meeting.AttendanceData.SECRETARY;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilZone;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * The agenda-requests macro through the product-like renderer: requests with requester (consent respected), status
 * in words, the late marker and the deadline; the propose form for members and editors, accept and decline for
 * editors, withdraw for the requester, all in the live page only; hostile text escaped; three statements at most.
 */
public class AgendaRequestsMacroTest extends AoTestSupport {
    private AttendanceData bed;
    private TestPlugin plugin;
    private AgendaRequestService requests;
    private AgendaRequestsMacro requestsMacro;
    private int meeting;

    @Before
    public void setUp() {
        bed = new AttendanceData(plugin(), ao);
        plugin = bed.plugin();
        requests = plugin.get(AgendaRequestService.class);
        requestsMacro = plugin.get(AgendaRequestsMacro.class);
        bed.confluence.grant(GUEST_USER, Permission.VIEW, "UDS");
        int uds = bed.council("UDS", "Udsatterådet Nordby", "da");
        bed.member(uds, "VICE_CHAIR").user(MEMBER_USER).id();
        bed.member(uds, "MEMBER").user(GUEST_USER).noConsent().id();
        bed.member(uds, "SECRETARY").user(SECRETARY).id();
        meeting = bed.meeting(uds, "Ordinært møde", "PLANNED", LocalDateTime.of(2026, 12, 3, 10, 0),
                CouncilZone.COPENHAGEN, LocalDate.of(2026, 11, 20));
    }

    private void requests() {
        bed.clock(Instant.parse("2026-11-19T08:00:00Z"));
        bed.actAs(MEMBER_USER);
        requests.submit(meeting, new AgendaRequestInput("Væresteder om vinteren", "Åbningstider"));
        bed.clock(Instant.parse("2026-11-21T08:00:00Z"));
        bed.actAs(GUEST_USER);
        requests.submit(meeting, new AgendaRequestInput("Stille punkt", null));
    }

    @Test
    public void readersSeeTheRequestsWithStatusInWordsTheLateMarkerAndTheDeadline() throws Exception {
        requests();
        status("AGENDA_PUBLISHED");
        bed.actAs(null);
        String html = render("display");
        assertTrue(html.contains(">Requests for agenda items: Ordinært møde</h2>"));
        assertTrue(html.contains("Requests are due by the end of 20 November 2026."));
        assertTrue(html.contains("<td>Mona Medlem</td>"));
        assertTrue(html.contains("<td class=\"samraad-name-hidden\">Member (name not published)</td>"));
        assertTrue(html.contains("<time datetime=\"2026-11-19T08:00:00Z\">19 November 2026, 09:00</time></td>"));
        assertTrue("late in words", html.contains("<time datetime=\"2026-11-21T08:00:00Z\">21 November 2026, 09:00</time>"
                + " <strong class=\"samraad-late-label\">Late</strong>"));
        assertTrue("the status in words, as a lozenge", html.contains("<td class=\"samraad-agenda-request-status\"><span class=\"aui-lozenge aui-lozenge-current\">Submitted</span></td>"));
        assertFalse(html.contains("<form") || html.contains("<button"));
        AttendanceMacroTest.assertWellFormedTables(html);
    }

    @Test
    public void beforeTheAgendaIsPublishedReadersSeeNoRequestsAndAClosedItemsRequestNeverInAnyOutput()
            throws Exception {
        requests();
        bed.actAs(MEMBER_USER);
        AgendaRequest sensitive = requests.submit(meeting, new AgendaRequestInput("Sag om en navngiven borger",
                "Fortrolig beskrivelse"));
        bed.actAs(SECRETARY);
        int itemId = requests.answer(sensitive.id(), new AgendaRequestChange("ACCEPTED", null, 0)).agendaItemId();
        AgendaItemEntity item = bed.ao.get(AgendaItemEntity.class, itemId);
        item.setClosed(true);
        item.save();
        for (String output : new String[] {"display", "pdf", "email"}) {
            bed.actAs(null);
            assertFalse(output, render(output).contains("Væresteder om vinteren"));
            bed.actAs(MEMBER_USER);
            assertTrue("those who prepare the agenda see the requests", render(output).contains("Væresteder om vinteren"));
        }
        status("HELD");
        for (String output : new String[] {"display", "pdf", "email"}) {
            bed.actAs(null);
            String html = render(output);
            assertTrue(html.contains("Væresteder om vinteren"));
            assertFalse("closed means closed everywhere", html.contains("navngiven borger"));
            assertFalse(html.contains("Fortrolig"));
            bed.actAs(SECRETARY);
            assertTrue(render(output).contains("Sag om en navngiven borger"));
        }
    }

    private void status(String status) {
        MeetingEntity row = bed.ao.get(MeetingEntity.class, meeting);
        row.setStatus(status);
        row.save();
    }

    @Test
    public void membersProposeAndWithdrawTheSecretariatDecidesInTheLivePageOnly() throws Exception {
        requests();
        bed.actAs(MEMBER_USER);
        String member = render("display");
        assertTrue(member.contains("<form class=\"aui top-label samraad-agenda-request-new\""));
        assertTrue(member.contains("value=\"WITHDRAWN\""));
        assertFalse(member.contains("value=\"ACCEPTED\""));
        bed.actAs(EDITOR);
        String editor = render("display");
        assertFalse("an editor who is not the secretariat does not decide", editor.contains("value=\"ACCEPTED\""));
        assertFalse(editor.contains("value=\"DECLINED\""));
        assertTrue(editor.contains("<form class=\"aui top-label samraad-agenda-request-new\""));
        bed.actAs(SECRETARY);
        String secretary = render("display");
        assertTrue(secretary.contains("value=\"ACCEPTED\">Accept</button>"));
        assertTrue(secretary.contains("value=\"DECLINED\">Decline</button>"));
        assertFalse("only the requester withdraws", secretary.contains("value=\"WITHDRAWN\""));
        assertTrue("read first: each answer opens on request", secretary.contains("<button type=\"button\""
                + " class=\"aui-button samraad-agenda-request-toggle\" aria-expanded=\"false\""));
        assertTrue(secretary.contains(" hidden novalidate data-request-id="));
        assertTrue("accepting is the next step", secretary.contains(
                "class=\"aui-button aui-button-primary\" name=\"status\" value=\"ACCEPTED\">Accept</button>"));
        assertTrue(secretary.contains("<button type=\"button\" class=\"aui-button aui-button-primary"
                + " samraad-agenda-request-propose\" aria-expanded=\"false\""));
        assertTrue(secretary.contains("<form class=\"aui top-label samraad-agenda-request-new\""));
        AgendaRequest own = requests.submit(meeting, new AgendaRequestInput("Sekretariatets punkt", null));
        String withOwn = render("display");
        String ownRow = withOwn.substring(withOwn.indexOf("data-request-id=\"" + own.id() + "\""));
        ownRow = ownRow.substring(0, ownRow.indexOf("</tr>"));
        assertTrue("the secretary withdraws his own request", ownRow.contains("value=\"WITHDRAWN\""));
        assertFalse("but does not accept or decline it", ownRow.contains("value=\"ACCEPTED\"")
                || ownRow.contains("value=\"DECLINED\""));
        for (String outputType : List.of("preview", "pdf", "email")) {
            assertFalse(render(outputType).contains("<form"));
        }
        bed.actAs(READER);
        assertFalse("readers may not propose", render("display").contains("<form"));
    }

    @Test
    public void hostileTitlesTextsAndAnswersAreEscaped() throws Exception {
        bed.actAs(EDITOR);
        AgendaRequest request = requests.submit(meeting, new AgendaRequestInput(HOSTILE, HOSTILE));
        bed.actAs(SECRETARY);
        requests.answer(request.id(), new AgendaRequestChange("DECLINED", HOSTILE, 0));
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setTitle(HOSTILE);
        row.save();
        for (String outputType : List.of("display", "pdf")) {
            String html = render(outputType);
            assertFalse(html.contains("<script>"));
            assertTrue(html.contains(">Requests for agenda items: " + HOSTILE_ESCAPED + "</h2>"));
            assertTrue(html.contains("<span class=\"samraad-agenda-request-title\">" + HOSTILE_ESCAPED + "</span>"));
            assertTrue(html.contains("<p class=\"samraad-agenda-request-description\">" + HOSTILE_ESCAPED + "</p>"));
            assertTrue(html.contains("<td>" + HOSTILE_ESCAPED + "</td>"));
        }
    }

    @Test
    public void onceTheMinutesAreApprovedTheRequestsShowNothingInAnyOutput() throws Exception {
        requests();
        for (String approved : List.of("MINUTES_APPROVED", "PUBLISHED")) {
            status(approved);
            for (String user : new String[] {SECRETARY, MEMBER_USER, READER, null}) {
                bed.actAs(user);
                for (String outputType : List.of("display", "pdf", "word", "preview")) {
                    String[] rendered = new String[1];
                    sql.assertAtMost(1, () -> rendered[0] = render(outputType));
                    assertEquals(approved + user + outputType, "", rendered[0].strip());
                }
            }
        }
        status("HELD");
        bed.actAs(SECRETARY);
        assertTrue(render("pdf").contains("Væresteder om vinteren"));
    }

    @Test
    public void aRenderCostsThreeStatementsAtMost() throws Exception {
        for (int i = 0; i < 30; i++) {
            bed.actAs(i % 2 == 0 ? MEMBER_USER : EDITOR);
            requests.submit(meeting, new AgendaRequestInput("Punkt " + i, "Tekst " + i));
        }
        for (String user : new String[] {SECRETARY, EDITOR, READER, null}) {
            bed.actAs(user);
            sql.assertAtMost(3, () -> render("display"));
            sql.assertAtMost(3, () -> render("pdf"));
        }
    }

    private String render(String outputType) throws MacroExecutionException {
        String html = requestsMacro.execute(new HashMap<>(Map.of()), null,
                new HostConversionContext("UDS", 4242L + meeting, outputType));
        assertFalse(html, html.contains("$r.") || html.contains("$line.") || html.contains("$t."));
        return html;
    }
}
