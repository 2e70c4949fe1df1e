package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * Issue 15.3 on the response page: the "Edit hearing" disclosure for space editors in the live page only, holding
 * the facts as stored (escaped); the hearing's history under the steps with who and when, in the reader's language;
 * "On a meeting agenda" linking the meeting's page at the item, but not at a closed item for someone outside the
 * council's insiders; within two statements (three for a hearing in drafting).
 */
public class HearingPageEditTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final long PAGE = 4711L;
    private static final long MEETING_PAGE = 4800L;
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";

    private FakeConfluence confluence;
    private HearingMacro macro;
    private HearingWorkflow workflow;
    private Instant now = NOW;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").page(PAGE, "UDS").page(MEETING_PAGE, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        var plugin = plugin().confluence(confluence).users(Map.of(EDITOR, "Edvin Editor", READER, "Rita Reader"))
                .clock(() -> now).start();
        macro = plugin.get(HearingMacro.class);
        workflow = plugin.get(HearingWorkflow.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void anEditorGetsTheEditFormWithTheFactsAsStoredAndEveryoneSeesTheHistoryUnderTheSteps() throws Exception {
        int id = workflow.create(uds, new HearingInput("Høring om natcafé", null, "25-1", "https://kommune.example/h",
                "Kort resumé.", null, "2026-12-15", null, null, PAGE, null, null, null, null, null, null)).id();
        now = NOW.plusSeconds(600);
        int version = workflow.updateFacts(id, new HearingFacts("Edvin Editor", null, "2027-01-10", "25-1", null,
                "https://kommune.example/h", 0)).version();
        now = NOW.plusSeconds(1200);
        workflow.transition(id, new HearingTransition("DRAFTING", null, null, version));

        sql.reset();
        String html = render("display");
        assertEquals(sql.statements().toString(), 3, sql.total());
        assertTrue("read first: Edit hearing is a button that opens the form",
                html.contains("data-form=\"samraad-hearing-facts-form\" aria-expanded=\"false\"") && html.contains(">Edit hearing</button>"));
        String edit = between(html, "<form class=\"aui samraad-hearing-form samraad-hearing-facts-form\"", "</form>");
        assertTrue(edit, edit.contains(" hidden novalidate"));
        assertTrue(edit, edit.contains("name=\"responsible\" type=\"text\" class=\"text samraad-user-picker\" maxlength=\"255\" autocomplete=\"off\" value=\"Edvin Editor\""));
        assertTrue(edit, edit.contains("name=\"deadline\" type=\"date\" required value=\"2027-01-10\""));
        assertTrue(edit, edit.contains("name=\"reference\" type=\"text\" maxlength=\"255\" value=\"25-1\""));
        assertTrue(edit, edit.contains("name=\"url\" type=\"url\""));
        assertFalse("the summary was cleared", edit.contains("Kort resumé."));
        assertFalse("no user key is asked for", edit.contains("key-editor"));

        String history = between(html, "<ol class=\"samraad-hearing-history\"", "</ol>");
        assertTrue("under the steps", html.indexOf("samraad-hearing-steps") < html.indexOf("samraad-hearing-history"));
        List<String> lines = List.of(history.split("<li ")).subList(1, 4);
        assertEquals(history, 4, history.split("<li ").length);
        assertTrue(lines.get(0), lines.get(0).contains("Registered – Edvin Editor, <time datetime=\"2026-11-22T11:15+01:00\">"));
        assertTrue(lines.get(1), lines.get(1).contains("Deadline moved from ")
                && lines.get(1).contains("2026 to ") && lines.get(1).contains("2027 – Edvin Editor, "));
        assertTrue(lines.get(2), lines.get(2).contains("Moved to “Drafting” – Edvin Editor"));

        confluence.actAs(READER);
        String reader = render("display");
        assertTrue("readers see the history", reader.contains("samraad-hearing-history"));
        assertFalse("but no form", reader.contains("samraad-hearing-facts-form"));
        confluence.actAs(EDITOR);
        assertFalse("no form in an export", render("pdf").contains("samraad-hearing-facts-form"));
    }

    @Test
    public void onAMeetingAgendaLinksTheMeetingPageAtTheItemButNotAtAClosedItemForOutsiders() throws Exception {
        int id = workflow.create(uds, new HearingInput("Høring", null, null, null, null, null, "2026-12-15", null,
                null, PAGE, null, null, null, null, null, null)).id();
        AgendaItemEntity item = putOnAgenda(id, "AGENDA_PUBLISHED", MEETING_PAGE, false);

        String editor = render("display");
        assertTrue(editor, editor.contains("<dd class=\"samraad-hearing-on-agenda\"><a href=\"")
                && editor.contains("pageId=" + MEETING_PAGE + "#agenda-item-" + item.getID() + "\">On a meeting agenda: <span lang=\"da\">Møde i december</span></a>"));
        confluence.actAs(READER);
        assertTrue(render("display").contains("#agenda-item-" + item.getID()));

        item.setClosed(true);
        item.save();
        String outsider = render("display");
        assertTrue(outsider, outsider.contains("pageId=" + MEETING_PAGE + "\">On a meeting agenda: <span lang=\"da\">Møde i december</span></a>"));
        assertFalse("a closed item is not pointed at for someone outside", outsider.contains("#agenda-item-"));
    }

    @Test
    public void aMeetingWithoutAPageIsNamedWithoutALink() throws Exception {
        int id = workflow.create(uds, new HearingInput("Høring", null, null, null, null, null, "2026-12-15", null,
                null, PAGE, null, null, null, null, null, null)).id();
        putOnAgenda(id, "PLANNED", null, false);
        String html = render("display");
        assertTrue(html, html.contains("<dd class=\"samraad-hearing-on-agenda\">On a meeting agenda</dd>"));
    }

    private AgendaItemEntity putOnAgenda(int hearingId, String meetingStatus, Long meetingPage, boolean closed) {
        MeetingEntity meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", uds),
                new DBParam("KIND", "ORDINARY"), new DBParam("STATUS", meetingStatus),
                new DBParam("TITLE", "Møde i december"), new DBParam("PAGE_ID", meetingPage),
                new DBParam("STARTS_AT", Date.from(NOW.plusSeconds(86_400 * 7))), new DBParam("VERSION", 0));
        AgendaItemEntity item = ao.create(AgendaItemEntity.class, new DBParam("MEETING_ID", meeting.getID()),
                new DBParam("SORT_ORDER", 1), new DBParam("TITLE", "Høring"), new DBParam("KIND", "HEARING"),
                new DBParam("DURATION_MINUTES", 0), new DBParam("HEARING_ID", hearingId), new DBParam("CLOSED", closed),
                new DBParam("VERSION", 0));
        HearingEntity row = ao.get(HearingEntity.class, hearingId);
        row.setAgendaItemId(item.getID());
        row.save();
        return item;
    }

    private static String between(String html, String start, String end) {
        int at = html.indexOf(start);
        assertTrue("no " + start + " in\n" + html, at >= 0);
        return html.substring(at, html.indexOf(end, at));
    }

    private String render(String outputType) throws Exception {
        return macro.execute(new HashMap<>(), null, new HostConversionContext("UDS", PAGE, outputType));
    }
}
