package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * The hearing macro of a response page through the product-like renderer: the hearing found by its page, the
 * deadline and status bar in words, the workflow and follow-up forms only for editors in the live page, hostile
 * text escaped, and two SQL statements (the hearing, its history).
 */
public class HearingMacroTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final long PAGE = 4711L;
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String HOSTILE = "<script>window.x=1</script>\"Åse\" & 'co'";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;window.x=1&lt;/script&gt;&quot;Åse&quot; &amp; &#39;co&#39;";

    private FakeConfluence confluence;
    private HearingMacro macro;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        macro = plugin().confluence(confluence).users(Map.of(EDITOR, "Edvin Editor")).clock(() -> NOW).start()
                .get(HearingMacro.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void anEditorSeesTheHearingOfThePageWithItsStepsAndTheFormToMoveItOn() throws Exception {
        hearing("Høring om natcafé", "COUNCIL_REVIEW", TODAY.plusDays(5), null, PAGE);

        sql.reset();
        String html = render("display", Map.of(), PAGE);
        assertEquals(sql.statements().toString(), 2, sql.total());

        assertTrue(html.contains(">Høring om natcafé</h2>"));
        assertTrue(html.contains("<strong class=\"samraad-hearing-urgent aui-lozenge aui-lozenge-moved\">5 days left</strong>"));
        assertTrue(html.contains("aria-current=\"step\">Council review <span class=\"samraad-hearing-step-state aui-lozenge aui-lozenge-current\">we are here now</span>"));
        assertTrue(html.contains("Drafting <span class=\"samraad-hearing-step-state aui-lozenge aui-lozenge-success\">done</span>"));
        assertTrue(html.contains("Submitted <span class=\"samraad-hearing-step-state aui-lozenge aui-lozenge-subtle\">still ahead</span>"));
        assertTrue(html.contains("samraad-hearing-form samraad-hearing-move\""));
        assertTrue("exactly the allowed moves:\n" + html, html.contains("<option value=\"APPROVED\">Record the council’s approval</option>")
                && html.contains("<option value=\"DRAFTING\">") && html.contains("<option value=\"DECLINED\">")
                && !html.contains("<option value=\"SUBMITTED\">"));
        assertFalse("no follow-up before submission", html.contains("samraad-hearing-follow-up"));
    }

    @Test
    public void readersAndExportsGetTheStaticHearingWithoutForms() throws Exception {
        hearing("Høring", "SUBMITTED", TODAY.minusDays(5), TODAY.minusDays(6), PAGE);
        confluence.actAs(READER);
        String reader = render("display", Map.of(), PAGE);
        assertTrue(reader.contains("Answered on time"));
        assertTrue(reader.contains("No follow-up recorded yet."));
        assertFalse(reader.contains("<form"));
        confluence.actAs(EDITOR);
        for (String outputType : new String[] {"preview", "pdf", "word", "email", "html_export"}) {
            String html = render(outputType, Map.of(), PAGE);
            assertTrue(outputType, html.contains("Answered on time"));
            assertFalse(outputType, html.contains("<form"));
        }
        assertTrue("an editor records the follow-up of a submitted hearing",
                render("display", Map.of(), PAGE).contains("samraad-hearing-form samraad-hearing-follow-up\""));
    }

    @Test
    public void anEditorMayPutAnOpenHearingNotYetOnAnAgendaOnOneAndOthersMayNot() throws Exception {
        int id = hearing("Høring om natcafé", "COUNCIL_REVIEW", TODAY.plusDays(5), null, PAGE);

        sql.reset();
        String html = render("display", Map.of(), PAGE);
        assertEquals(sql.statements().toString(), 2, sql.total());
        assertTrue(html, html.contains("samraad-hearing-form samraad-hearing-agenda\" id=")
                && html.contains("data-council-id=\"" + uds + "\""));
        assertTrue(html.contains(">Meeting</label>") && html.contains("name=\"meetingId\""));
        assertFalse(html.contains("On a meeting agenda"));
        confluence.actAs(READER);
        assertFalse(render("display", Map.of(), PAGE).contains("samraad-hearing-agenda"));
        confluence.actAs(EDITOR);
        assertFalse(render("pdf", Map.of(), PAGE).contains("samraad-hearing-agenda"));

        putOnTheAgendaOf(id, "PLANNED");
        sql.reset();
        String onAgenda = render("display", Map.of(), PAGE);
        assertEquals(sql.statements().toString(), 2, sql.total());
        assertTrue(onAgenda.contains("<dd class=\"samraad-hearing-on-agenda\">On a meeting agenda</dd>"));
        assertFalse(onAgenda.contains("samraad-hearing-agenda\""));
    }

    @Test
    public void aHearingWhoseMeetingWasCancelledOrWhoseItemWasRemovedIsOfferedForAnotherAgenda() throws Exception {
        int id = hearing("Høring om natcafé", "DRAFTING", TODAY.plusDays(5), null, PAGE);
        HearingEntity row = putOnTheAgendaOf(id, "CANCELLED");

        sql.reset();
        String cancelled = render("display", Map.of(), PAGE);
        assertEquals("in drafting: also whether approved minutes decided on it", 3, sql.total());
        assertTrue(cancelled, cancelled.contains("samraad-hearing-form samraad-hearing-agenda\" id="));
        assertTrue("the script lists meetings from the council's today on",
                cancelled.contains("data-today=\"" + TODAY + "\""));
        assertFalse(cancelled.contains("On a meeting agenda"));

        row.setAgendaItemId(row.getAgendaItemId() + 1000);
        row.save();
        String removed = render("display", Map.of(), PAGE);
        assertTrue(removed.contains("samraad-hearing-form samraad-hearing-agenda\" id="));
        assertFalse(removed.contains("On a meeting agenda"));
    }

    @Test
    public void anApprovedResponseIsReadOnItsPageWithDissentAndEasyReadSummaryUnderHeadingsInTheCouncilsLanguage()
            throws Exception {
        int id = hearing("Høring om natcafé", "APPROVED", TODAY.plusDays(5), null, PAGE);
        texts(id, "Rådet støtter planen.\n\nRådet ønsker en natcafé.", "Et medlem ønsker flere væresteder.",
                "Rådet siger ja.");
        for (String viewer : new String[] {READER, EDITOR}) {
            confluence.actAs(viewer);
            for (String outputType : new String[] {"display", "pdf"}) {
                sql.reset();
                String html = render(outputType, Map.of(), PAGE);
                assertEquals(sql.statements().toString(), 2, sql.total());
                String response = between(html, "<div class=\"samraad-hearing-response\" lang=\"da\">", "</div>");
                assertTrue(response, response.contains(">Rådets høringssvar</h3>"));
                assertTrue(response.contains("<p class=\"samraad-hearing-response-text\">Rådet støtter planen.</p>"));
                assertTrue(response.contains("<p class=\"samraad-hearing-response-text\">Rådet ønsker en natcafé.</p>"));
                assertTrue(response.contains(">Mindretalsudtalelser</h3>"));
                assertTrue(response.contains("<p class=\"samraad-hearing-dissent-text\">Et medlem ønsker flere væresteder.</p>"));
                assertTrue(response.contains(">Lettilgængelig opsummering</h3>"));
                assertTrue(response.contains("<p class=\"samraad-hearing-easy-read-text\">Rådet siger ja.</p>"));
                assertFalse("an approved response is no draft", response.contains("Udkast"));
                assertFalse("and is not written in place any more", html.contains("samraad-hearing-response-form"));
            }
        }
    }

    @Test
    public void aDraftResponseSaysItIsADraftAndEditorsWriteItInTheLivePageOnly() throws Exception {
        int id = hearing("Høring om natcafé", "DRAFTING", TODAY.plusDays(5), null, PAGE);
        texts(id, "Første udkast", null, null);
        String html = render("display", Map.of(), PAGE);
        String response = between(html, "<div class=\"samraad-hearing-response\" lang=\"da\">", "</div>");
        assertTrue(response, response.contains("<p class=\"samraad-hearing-draft\"><em>Udkast – endnu ikke godkendt af "
                + "rådet</em></p>"));
        assertFalse("no heading without a text", response.contains("Mindretalsudtalelser"));
        assertTrue(html, html.contains("samraad-hearing-form samraad-hearing-response-form\" id="));
        assertTrue(html.contains(">Første udkast</textarea>"));
        assertTrue("labels in the reader's language", html.contains(">Dissenting views</label>"));
        assertFalse(render("pdf", Map.of(), PAGE).contains("samraad-hearing-response-form"));
        confluence.actAs(READER);
        String reader = render("display", Map.of(), PAGE);
        assertTrue(reader.contains("Første udkast"));
        assertFalse(reader.contains("samraad-hearing-response-form"));
    }

    @Test
    public void aHearingWithoutAResponseYetShowsNoResponseSection() throws Exception {
        hearing("Høring om natcafé", "RECEIVED", TODAY.plusDays(5), null, PAGE);
        confluence.actAs(READER);
        assertFalse(render("display", Map.of(), PAGE).contains("samraad-hearing-response"));
    }

    @Test
    public void hostileResponseTextsAreEscaped() throws Exception {
        int id = hearing("Høring", "SUBMITTED", TODAY.minusDays(5), TODAY.minusDays(6), PAGE);
        texts(id, HOSTILE, HOSTILE, HOSTILE);
        String html = render("display", Map.of(), PAGE);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<p class=\"samraad-hearing-response-text\">" + HOSTILE_ESCAPED + "</p>"));
        assertTrue(html.contains("<p class=\"samraad-hearing-easy-read-text\">" + HOSTILE_ESCAPED + "</p>"));
    }

    @Test
    public void aDeclinedHearingSaysSoInsteadOfAStatusBar() throws Exception {
        hearing("Høring", "DECLINED", TODAY.minusDays(5), null, PAGE);
        String html = render("display", Map.of(), PAGE);
        assertTrue(html.contains("The council declined to answer this hearing."));
        assertFalse(html.contains("samraad-hearing-steps"));
    }

    @Test
    public void hostileTextIsEscapedAndOnlyWebAddressesBecomeLinks() throws Exception {
        int id = hearing(HOSTILE, "DRAFTING", TODAY.plusDays(20), null, null);
        HearingEntity row = ao.get(HearingEntity.class, id);
        row.setIssuingBody(HOSTILE);
        row.setIssuerReference(HOSTILE);
        row.setResponsibleName(HOSTILE);
        row.setSummary(HOSTILE + "\n\n" + HOSTILE);
        row.setUrl("https://kommune.example/høring?a=1&b=\"2\"");
        row.save();

        String html = render("display", Map.of("hearing", String.valueOf(id)), null);

        assertFalse(html.contains("<script>"));
        // issuing body, reference, responsible, summary twice, title; and in the "Edit hearing" form the responsible
        // person, reference and the summary's two paragraphs
        assertEquals(10, html.split(java.util.regex.Pattern.quote(HOSTILE_ESCAPED), -1).length - 1);
        assertTrue(html.contains("href=\"https://kommune.example/høring?a=1&amp;b=&quot;2&quot;\""));
    }

    @Test
    public void aPageWithoutAHearingOrAHearingInAnotherSpaceShowsNone() throws Exception {
        assertTrue(render("display", Map.of(), PAGE).contains("No hearing is linked to this page."));
        int other = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "INT"), new DBParam("NAME", "Internt"),
                new DBParam("KIND", "OTHER"), new DBParam("VERSION", 0)).getID();
        int secret = ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", other), new DBParam("SUBJECT", "Hemmelig"),
                new DBParam("STATUS", "RECEIVED"), new DBParam("DEADLINE", CalendarDays.toDate(TODAY)),
                new DBParam("VERSION", 0)).getID();
        String html = render("display", Map.of("hearing", String.valueOf(secret)), null);
        assertTrue(html.contains("No hearing is linked to this page."));
        assertFalse(html.contains("Hemmelig"));
        try {
            render("display", Map.of("hearing", "x"), null);
            fail();
        } catch (MacroExecutionException e) {
            assertEquals("The hearing parameter must be the number of a hearing.", e.getMessage());
        }
    }

    private int hearing(String title, String status, LocalDate deadline, LocalDate submittedOn, Long page) {
        return ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("SUBJECT", title),
                new DBParam("STATUS", status), new DBParam("DEADLINE", CalendarDays.toDate(deadline)),
                new DBParam("SUBMITTED_ON", CalendarDays.toDate(submittedOn)), new DBParam("PAGE_ID", page),
                new DBParam("VERSION", 0)).getID();
    }

    /** An item for the hearing on a new meeting of the council in the given status, linked as the service does. */
    private void texts(int id, String response, String dissent, String easyRead) {
        HearingEntity row = ao.get(HearingEntity.class, id);
        row.setResponse(response);
        row.setDissent(dissent);
        row.setEasyRead(easyRead);
        row.save();
    }

    private static String between(String html, String start, String end) {
        int at = html.indexOf(start);
        assertTrue("no " + start + " in\n" + html, at >= 0);
        return html.substring(at, html.indexOf(end, at));
    }

    private HearingEntity putOnTheAgendaOf(int hearingId, String meetingStatus) {
        MeetingEntity meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", uds),
                new DBParam("KIND", "ORDINARY"), new DBParam("STATUS", meetingStatus),
                new DBParam("STARTS_AT", Date.from(NOW.plusSeconds(86_400 * 7))), new DBParam("VERSION", 0));
        HearingEntity row = ao.get(HearingEntity.class, hearingId);
        row.setAgendaItemId(ao.create(AgendaItemEntity.class, new DBParam("MEETING_ID", meeting.getID()),
                new DBParam("SORT_ORDER", 1), new DBParam("TITLE", row.getSubject()), new DBParam("KIND", "HEARING"),
                new DBParam("DURATION_MINUTES", 0), new DBParam("HEARING_ID", hearingId), new DBParam("VERSION", 0))
                .getID());
        row.save();
        return row;
    }

    private String render(String outputType, Map<String, String> parameters, Long pageId) throws MacroExecutionException {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", pageId, outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html,
                html.contains("$h.") || html.contains("$step.") || html.contains("$t.") || html.contains("$p"));
        return html;
    }
}
