package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.platform.TextLengths;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/**
 * The meeting header rendered through the product-like renderer (automatic HTML encoding, the descriptor's Velocity
 * allowlist) on the test database: what readers and editors see, the workflow buttons in the live page only, the
 * links to neighbouring meetings and the calendar file, hostile text in every field, a page without a meeting, bad
 * parameters, and the three-statement budget.
 */
public class MeetingMacroTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");
    private static final String EDITOR = "key-editor";
    private static final String PLAIN_EDITOR = "key-plain-editor";
    private static final String READER = "key-reader";
    private static final Map<String, String> USERS = Map.of(EDITOR, "Edith Redaktør", READER, "Rita Reader");
    private static final String HOSTILE = "<script>window.x=1</script>\"Åse\" & 'co'";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;window.x=1&lt;/script&gt;&quot;Åse&quot; &amp; &#39;co&#39;";
    private static final List<String> STATIC_OUTPUTS = List.of("preview", "pdf", "word", "email", "html_export", "feed");

    private FakeConfluence confluence;
    private MeetingService meetings;
    private MeetingMacro macro;
    private MeetingSection section;
    private Instant now = NOW;
    private int uds;
    private int intern;

    @Before
    public void setUp() {
        // the meeting pages the tests bind, in their councils' spaces
        confluence = new FakeConfluence().space("UDS").space("INT")
                .page(100L, "UDS").page(101L, "UDS").page(200L, "UDS").page(300L, "UDS").page(400L, "INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(EDITOR, Permission.EDIT, "INT")
                .grant(PLAIN_EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(USERS).clock(() -> now).start();
        meetings = plugin.get(MeetingService.class);
        macro = plugin.get(MeetingMacro.class);
        section = plugin.get(MeetingSection.class);
        uds = council("UDS", "Udsatterådet");
        intern = council("INT", "Internt råd");
        // the lifecycle buttons are the secretariat's: the acting editor serves as the council's secretary
        new Rows(ao).secretary(uds, EDITOR);
    }

    @Test
    public void aReaderSeesTheMeetingOfThePageWithDeadlinesNeighboursAndCalendarButNoButtons() throws Exception {
        Meeting previous = meetings.create(uds, input("2026-01-15", "Rådhuset", 100L));
        meetings.create(uds, input("2026-02-01", null, null));
        int cancelled = meetings.create(uds, input("2026-02-20", null, 101L)).id();
        meetings.transition(cancelled, new MeetingTransitionInput("CANCELLED", 0, true));
        Meeting meeting = meetings.create(uds, new MeetingInput("EXTRAORDINARY", "2026-03-12", "17:00", "19:00",
                "Rådhuset, lokale 2", true, null, 200L, null));
        Meeting next = meetings.create(uds, input("2026-04-16", null, 300L));
        meetings.create(intern, input("2026-03-20", null, 400L));
        confluence.actAs(READER);

        String html = render("display", 200L, Map.of());

        assertTrue(html.contains("<h2 id=\"samraad-meeting-" + meeting.id() + "-"));
        assertTrue(html.contains(">Udsatterådet – ekstraordinært møde 12. marts 2026</h2>"));
        assertTrue(html.contains("<caption>About the meeting</caption>"));
        assertTrue(html.contains("<tr><th scope=\"row\">Kind</th><td>Extraordinary meeting</td></tr>"));
        assertTrue(html.contains("<td><time datetime=\"2026-03-12\">12 March 2026</time></td>"));
        assertTrue(html.contains("<tr><th scope=\"row\">Time</th><td>17:00–19:00</td></tr>"));
        assertTrue("the council's Danish place is marked as Danish for an English reader",
                html.contains("<td lang=\"da\">Rådhuset, lokale 2</td>"));
        assertTrue("and so is its title", html.contains("-heading\" lang=\"da\">Udsatterådet – ekstraordinært møde"));
        assertTrue("status in words, in a lozenge",
                html.contains("<span class=\"aui-lozenge  samraad-meeting-status\">Planned</span>"));
        assertTrue(html.contains("<td>Open to the public</td>"));
        assertTrue(html.contains("Deadline for agenda requests</th><td><time datetime=\"2026-03-02\">2 March 2026</time>"));
        assertTrue(html.contains("Agenda due out</th><td><time datetime=\"2026-03-05\">5 March 2026</time></td>"));
        assertFalse("no minutes yet", html.contains("Minutes</th>"));
        assertTrue("the previous meeting, skipping the cancelled one",
                html.contains("Previous meeting: " + "Udsatterådet – møde 1. februar 2026 (<time datetime=\"2026-02-01\">"));
        assertFalse(html.contains("20. februar"));
        assertTrue("links relative to the base URL", html.contains("Next meeting: <a href=\"/wiki/pages/viewpage.action?pageId=300\">"
                + next.title() + "</a> (<time datetime=\"2026-04-16\">16 April 2026</time>)"));
        assertFalse("another council's meetings never show", html.contains("pageId=400"));
        assertTrue(html.contains("<a class=\"samraad-meeting-ics\" href=\"/wiki/rest/samraad/1.0/meetings/" + meeting.id()
                + "/calendar.ics\">Add to your calendar (.ics)</a>"));
        assertFalse(html.contains("<button"));
        assertFalse(html.contains("data-editable"));
        assertWellFormed(html);

        String first = render("display", 100L, Map.of());
        assertTrue(first.contains(previous.title()));
        assertFalse("the first meeting has no previous one", first.contains("Previous meeting"));

        confluence.restrictPage(300L, EDITOR);
        String restricted = render("display", 200L, Map.of());
        assertFalse("a neighbour whose page the reader may not view is not named", restricted.contains(next.title()));
        assertFalse(restricted.contains("pageId=300"));
        confluence.actAs(EDITOR);
        assertTrue(render("display", 200L, Map.of()).contains(next.title()));
    }

    @Test
    public void editorsGetTheNextStepsInTheLivePageOnlyAndReopenAsksFirst() throws Exception {
        Meeting meeting = meetings.create(uds, input("2026-03-12", null, 200L));

        String planned = render("display", 200L, Map.of());
        assertTrue(planned.contains("data-editable=\"true\""));
        assertTrue(planned.contains("data-meeting-id=\"" + meeting.id() + "\" data-version=\"0\" data-status=\"PLANNED\""));
        assertEquals(List.of("AGENDA_PUBLISHED", "HELD", "CANCELLED"), buttons(planned));
        assertTrue(planned.contains("data-to=\"AGENDA_PUBLISHED\">Publish the agenda</button>"));
        assertTrue(planned.contains("role=\"status\""));
        assertFalse(planned.contains("data-confirm"));

        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 0, true));
        now = Instant.parse("2026-03-20T10:00:00Z");
        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", 1, true));
        String approved = render("display", 200L, Map.of());
        assertEquals(List.of("HELD", "PUBLISHED"), buttons(approved));
        assertTrue(approved.contains("data-to=\"HELD\" data-confirm=\"Reopen the approved minutes? The approval is removed"));
        assertTrue(approved.contains(">Reopen the minutes</button>"));
        assertTrue("who approved, by name, and that it was on time", approved.contains(
                "<td class=\"samraad-meeting-minutes\">Approved by Edith Redaktør on 20 March 2026. Approved on time.</td>"));
        assertTrue(approved.contains(
                "<span class=\"aui-lozenge aui-lozenge-complete samraad-meeting-status\">Minutes approved</span>"));

        for (String outputType : STATIC_OUTPUTS) {
            String html = render(outputType, 200L, Map.of());
            assertFalse(outputType, html.contains("<button"));
            assertFalse(outputType, html.contains("data-editable"));
            assertTrue(outputType, html.contains("Approved by Edith Redaktør on 20 March 2026."));
            assertWellFormed(html);
        }
        confluence.actAs(READER);
        assertFalse(render("display", 200L, Map.of()).contains("<button"));
        confluence.actAs(PLAIN_EDITOR);
        String notSecretariat = render("display", 200L, Map.of());
        assertEquals("an editor who is not the secretariat gets no steps", List.of(), buttons(notSecretariat));
        assertFalse(notSecretariat.contains("data-editable"));
    }

    @Test
    public void theOneNextStepIsThePrimaryButtonCancellingIsDangerWithAConfirmationAndTheRestAreSubtle()
            throws Exception {
        Meeting meeting = meetings.create(uds, input("2026-03-12", null, 200L));

        String planned = render("display", 200L, Map.of());
        assertTrue(planned.contains("class=\"aui-button aui-button-primary samraad-meeting-transition\" "
                + "data-to=\"AGENDA_PUBLISHED\">Publish the agenda</button>"));
        assertTrue(planned.contains("class=\"aui-button aui-button-subtle samraad-meeting-transition\" "
                + "data-to=\"HELD\">Mark as held</button>"));
        assertTrue(planned.contains("class=\"aui-button aui-button-danger samraad-meeting-transition\" "
                + "data-to=\"CANCELLED\" data-cancel=\"true\" aria-controls=\""));
        assertEquals("one primary step", 1, planned.split("aui-button-primary samraad-meeting-transition", -1).length - 1);
        assertTrue("cancelling asks first, inline", planned.contains("class=\"samraad-meeting-cancel-confirm aui-message "
                + "aui-message-warning\""));
        assertTrue(planned.contains(">Cancel this meeting? Everyone who got the agenda is told that it is cancelled."));
        assertTrue(planned.contains("aui-button aui-button-danger samraad-meeting-cancel-yes\">Yes, cancel the meeting<"));
        assertTrue("delete is danger too", planned.contains("aui-button aui-button-danger samraad-meeting-delete\""));

        meetings.transition(meeting.id(), new MeetingTransitionInput("CANCELLED", 0, true));
        String cancelled = render("display", 200L, Map.of());
        assertTrue(cancelled.contains("<span class=\"aui-lozenge aui-lozenge-error samraad-meeting-status\">Cancelled"));
        assertTrue("reinstating is the one next step", cancelled.contains("class=\"aui-button aui-button-primary "
                + "samraad-meeting-transition\" data-to=\"PLANNED\">Undo the cancellation</button>"));

        meetings.transition(meeting.id(), new MeetingTransitionInput("PLANNED", 1, true));
        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 2, true));
        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", 3, true));
        String approved = render("display", 200L, Map.of());
        assertTrue(approved.contains("aui-button aui-button-primary samraad-meeting-transition\" data-to=\"PUBLISHED\""));
        assertTrue("a reopen is subtle", approved.contains(
                "aui-button aui-button-subtle samraad-meeting-transition\" data-to=\"HELD\" data-confirm="));
        assertWellFormed(approved);
    }

    @Test
    public void editorsGetTheEditFormWithTheFactsAndDeleteOnlyUntilTheMinutesAreApproved() throws Exception {
        Meeting meeting = meetings.create(uds, input("2026-03-12", null, 200L));
        confluence.actAs(PLAIN_EDITOR);

        String planned = render("display", 200L, Map.of());
        assertTrue(planned.contains("<form class=\"aui top-label samraad-meeting-edit\""));
        assertTrue(planned.contains("data-version=\"0\" data-title=\"" + meeting.title() + "\""));
        assertTrue(planned.contains("name=\"date\" type=\"date\" required value=\"2026-03-12\""));
        assertTrue(planned.contains("<option value=\"ORDINARY\" selected>Ordinary meeting</option>"));
        assertTrue(planned.contains(">Delete meeting</button>"));
        assertTrue(planned.contains("data-meetings-href=\"/wiki/display/UDS\""));
        assertWellFormed(planned);
        for (String outputType : STATIC_OUTPUTS) {
            assertFalse(outputType, render(outputType, 200L, Map.of()).contains("samraad-meeting-edit"));
        }
        confluence.actAs(READER);
        assertFalse(render("display", 200L, Map.of()).contains("samraad-meeting-edit"));

        confluence.actAs(EDITOR);
        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 0, true));
        now = Instant.parse("2026-03-20T10:00:00Z");
        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", 1, true));
        String approved = render("display", 200L, Map.of());
        assertTrue(approved.contains("<form class=\"aui top-label samraad-meeting-edit\""));
        assertFalse("approved minutes are part of the record: no delete", approved.contains("Delete meeting"));
    }

    @Test
    public void whoApprovedOrReopenedTheMinutesIsNamedByTheMemberListsRule() throws Exception {
        // the acting secretary has not consented to publication of the name (the secretary row has no consent)
        Meeting meeting = meetings.create(uds, input("2026-03-12", null, 200L));
        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 0, true));
        now = Instant.parse("2026-03-20T10:00:00Z");
        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", 1, true));

        for (String outsider : new String[] {null, READER}) {
            confluence.actAs(outsider);
            for (String outputType : List.of("display", "pdf", "email")) {
                String html = render(outputType, 200L, Map.of());
                assertTrue(outsider + " " + outputType,
                        html.contains("Approved by Member (name not published) on 20 March 2026."));
                assertFalse(outsider + " " + outputType, html.contains("Edith"));
            }
        }
        confluence.actAs(EDITOR);
        assertTrue("an insider reads the name",
                render("display", 200L, Map.of()).contains("Approved by Edith Redaktør on 20 March 2026."));

        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 2, true, "Rettelse"));
        confluence.actAs(READER);
        String reopened = render("display", 200L, Map.of());
        assertTrue(reopened.contains("Reopened by Member (name not published) on 20 March 2026;"));
        assertFalse(reopened.contains("Edith"));
        confluence.actAs(EDITOR);
        assertTrue(render("display", 200L, Map.of()).contains("Reopened by Edith Redaktør on 20 March 2026;"));

        MeetingEntity row = ao.get(MeetingEntity.class, meeting.id());
        row.setMinutesReopenedBy(null); // what erasing the person does to the reference
        row.save();
        confluence.actAs(READER);
        assertTrue("an erased person is no one's name",
                render("display", 200L, Map.of()).contains("Reopened by Unknown user on 20 March 2026;"));
    }

    @Test
    public void theReopenButtonAsksForAReasonWhichTheHeaderShowsNextToWhoReopenedAndWhen() throws Exception {
        Meeting meeting = meetings.create(uds, input("2026-03-12", null, 200L));
        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 0, true));
        assertFalse("no reopen, no reason form", render("display", 200L, Map.of()).contains("samraad-meeting-reopen"));
        now = Instant.parse("2026-03-20T10:00:00Z");
        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", 1, true));

        String approved = render("display", 200L, Map.of());
        String form = approved.substring(approved.indexOf("<form class=\"aui top-label samraad-meeting-reopen\""),
                approved.indexOf("</form>") + 7);
        String reason = form.substring(form.indexOf("id=\"", form.indexOf("<input")) + 4,
                form.indexOf('"', form.indexOf("id=\"", form.indexOf("<input")) + 4));
        assertTrue(form, form.contains(" hidden>"));
        assertTrue(form, form.contains("<label for=\"" + reason + "\">Why are the minutes reopened?</label>"));
        assertTrue(form, form.contains("name=\"reason\" maxlength=\"450\" required aria-required=\"true\""));
        assertTrue(form, form.contains(">Required. Everyone who can see the meeting sees the reason"));
        assertTrue(form, form.contains("<p class=\"samraad-meeting-reopen-question\">Reopen the approved minutes?"));
        assertTrue("the button says what it opens", approved.contains("aria-controls=\""
                + reason.replace("-reason", "") + "\" aria-expanded=\"false\">Reopen the minutes</button>"));
        assertEquals("the template's maxlength is the column's", 450, TextLengths.LONG_LINE);
        for (String outputType : STATIC_OUTPUTS) {
            assertFalse(outputType, render(outputType, 200L, Map.of()).contains("<form"));
        }

        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 2, true, "<b>Punkt 3</b> & fremmødet"));
        for (String anyone : new String[] {null, READER, EDITOR}) {
            confluence.actAs(anyone);
            for (String outputType : List.of("display", "pdf")) {
                String html = render(outputType, 200L, Map.of());
                assertTrue(anyone + outputType, html.contains("on 20 March 2026; not approved again yet. "
                        + "Reason: &lt;b&gt;Punkt 3&lt;/b&gt; &amp; fremmødet</td>"));
            }
        }
    }

    @Test
    public void theMeetingParameterChoosesAnyVisibleMeetingAndBadValuesAreExplained() throws Exception {
        Meeting meeting = meetings.create(uds, input("2026-03-12", null, null));
        Meeting secret = meetings.create(intern, input("2026-03-12", null, null));

        assertTrue(render("display", 999L, Map.of("meeting", " " + meeting.id() + " ")).contains(meeting.title()));
        assertTrue("a meeting without a page is still shown by number",
                render("pdf", null, Map.of("meeting", String.valueOf(meeting.id()))).contains(meeting.title()));
        assertMacroError(Map.of("meeting", "12a"), "The meeting parameter must be the number of a meeting.");
        assertMacroError(Map.of("meeting", HOSTILE), "The meeting parameter must be the number of a meeting.");
        assertMacroError(Map.of("meeting", "987654"), "The meeting could not be found, or you do not have access to it.");
        confluence.actAs(READER);
        assertMacroError(Map.of("meeting", String.valueOf(secret.id())),
                "The meeting could not be found, or you do not have access to it.");
    }

    @Test
    public void aPageWithoutAMeetingSaysSoInWords() throws Exception {
        for (String outputType : List.of("display", "pdf")) {
            String html = render(outputType, 12345L, Map.of());
            assertTrue(html.contains("<p>No meeting is recorded for this page yet.</p>"));
            assertFalse(html.contains("error"));
            assertTrue(render(outputType, null, Map.of()).contains("No meeting is recorded for this page yet."));
        }
    }

    @Test
    public void hostileTextInEveryFieldIsEscapedInEveryOutputType() throws Exception {
        meetings.create(uds, new MeetingInput("ORDINARY", "2026-01-12", "17:00", null, HOSTILE, true, HOSTILE, 100L, null));
        Meeting meeting = meetings.create(uds, new MeetingInput("THEME_DAY", "2026-03-12", "09:00", null, HOSTILE, false,
                HOSTILE, 200L, null));
        meetings.create(uds, new MeetingInput("ORDINARY", "2026-05-12", "17:00", null, null, false,
                "\"><img src=x onerror=alert(1)>", 300L, null));
        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 0, true));
        MeetingEntity row = ao.get(MeetingEntity.class, meeting.id());
        row.setMinutesApprovedBy("unknown-key");
        row.setMinutesApprovedAt(Date.from(NOW));
        row.setStatus("MINUTES_APPROVED");
        row.save();
        CouncilEntity council = ao.get(CouncilEntity.class, uds);
        council.setName(HOSTILE);
        council.save();

        for (String outputType : List.of("display", "preview", "pdf", "word", "email", "html_export", "feed")) {
            String html = render(outputType, 200L, Map.of());
            assertFalse(outputType, html.contains("<script>"));
            assertFalse(outputType, html.contains("<img"));
            assertTrue(outputType, html.contains(">" + HOSTILE_ESCAPED + "</h2>"));
            assertTrue(outputType, html.contains("<td lang=\"da\">" + HOSTILE_ESCAPED + "</td>"));
            assertTrue(outputType, html.contains("Previous meeting: <a href=\"/wiki/pages/viewpage.action?pageId=100\">"
                    + HOSTILE_ESCAPED + "</a>"));
            assertTrue(outputType, html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>"));
            assertTrue(outputType, html.contains("Approved by Unknown user on 10 February 2026."));
            assertFalse("no unrendered references", html.contains("$"));
            assertWellFormed(html);
        }
    }

    @Test
    public void renderingCostsAtMostThreeStatementsWhateverTheNumberOfMeetings() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("COUNCIL_ID", i % 10 == 0 ? intern : uds);
            row.put("PAGE_ID", 1000L + i);
            row.put("TITLE", "Møde " + i);
            row.put("KIND", "ORDINARY");
            row.put("STATUS", i % 7 == 0 ? "CANCELLED" : "HELD");
            row.put("STARTS_AT", Date.from(NOW.plusSeconds(86_400L * i)));
            row.put("VERSION", 0);
            rows.add(row);
        }
        ao.create(MeetingEntity.class, rows);
        Meeting meeting = meetings.create(uds, input("2026-06-01", null, 200L));
        meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", 0, true));
        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", 1, true));
        ao.flushAll();
        for (String viewer : new String[] {null, READER, EDITOR}) {
            confluence.actAs(viewer);
            for (String outputType : List.of("display", "pdf")) {
                sql.assertAtMost(3, () -> render(outputType, 200L, Map.of()));
                sql.assertAtMost(3, () -> render(outputType, 99L, Map.of("meeting", String.valueOf(meeting.id()))));
                sql.assertAtMost(3, () -> section.html(meeting.id()));
                sql.assertAtMost(3, () -> render(outputType, 1_250L, Map.of()));
            }
        }
        String html = render("display", 200L, Map.of());
        assertTrue(html.contains("Previous meeting: <a href=\"/wiki/pages/viewpage.action?pageId="));
        assertTrue(html.contains("Next meeting: <a href=\"/wiki/pages/viewpage.action?pageId="));
    }

    // --- helpers

    private String render(String outputType, Long pageId, Map<String, String> parameters) throws MacroExecutionException {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", pageId, outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html,
                html.contains("$m.") || html.contains("$n.") || html.contains("$t.") || html.contains("$step."));
        return html;
    }

    private void assertMacroError(Map<String, String> parameters, String message) {
        try {
            macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, "display"));
            fail("expected an error for " + parameters);
        } catch (MacroExecutionException e) {
            assertEquals(message, e.getMessage());
        }
    }

    private int council(String spaceKey, String name) {
        CouncilEntity row = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", name),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0));
        row.setLocale("da");
        row.save();
        return row.getID();
    }

    private static MeetingInput input(String date, String place, Long pageId) {
        return new MeetingInput("ORDINARY", date, "17:00", null, place, false, null, pageId, null);
    }

    private static List<String> buttons(String html) {
        List<String> targets = new ArrayList<>();
        String marker = " samraad-meeting-transition\" data-to=\"";
        for (int at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + 1)) {
            int start = at + marker.length();
            targets.add(html.substring(start, html.indexOf('"', start)));
        }
        return targets;
    }

    private static void assertWellFormed(String html) {
        int tables = html.split("<table", -1).length - 1;
        assertEquals(tables, html.split("</table>", -1).length - 1);
        assertEquals("every table has a caption", tables, html.split("<caption>", -1).length - 1);
        assertFalse(html.contains("<th>"));
        assertEquals(html.split("<section", -1).length, html.split("</section>", -1).length);
    }
}
