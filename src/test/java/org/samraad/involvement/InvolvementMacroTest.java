package org.samraad.involvement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * The involvement macro through the product-like renderer (automatic HTML encoding, the descriptor's Velocity
 * allowlist) on the test database: each view, the gaps in words, hostile text, output types, a bad view, and the
 * three-statement budget. Today is 2 November 2026 in Copenhagen; the deadline is 30 November.
 */
public class InvolvementMacroTest extends AoTestSupport {
    private static final String EDITOR = "key-editor";
    private static final String HOSTILE = "<script>window.x=1</script>\"Åse\" & 'co'";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;window.x=1&lt;/script&gt;&quot;Åse&quot; &amp; &#39;co&#39;";

    private FakeConfluence confluence;
    private InvolvementMacro macro;
    private InvolvementActors actors;
    private TestPlugin plugin;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        plugin = plugin().confluence(confluence).users(Map.of(EDITOR, "Edvin Editor", "key-staff", "Sune"))
                .clock(() -> InvolvementServiceTest.NOW).start();
        macro = plugin.get(InvolvementMacro.class);
        actors = plugin.get(InvolvementActors.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet Sydby"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
        plugin.get(InvolvementSettingsService.class).update(uds, InvolvementServiceTest.example(0));
        actors.create(uds, InvolvementServiceTest.actor("Fokusgruppe A").forms("FOCUS_GROUP").status("HELD")
                .heldOn("2026-10-01").groups(1, 2).dimensions(3).findings("Flere sovepladser.\n\nLængere åbent.")
                .easyRead("Der skal være flere senge.").build());
        actors.create(uds, InvolvementServiceTest.actor("Politiet").forms("BILATERAL").status("AGREED")
                .plannedOn("2026-12-03").groups(1).dimensions(4).build());
        actors.create(uds, InvolvementServiceTest.actor("Lokaludvalget").forms("MEETING_SERIES").groups(2).dimensions(4)
                .build());
    }

    @Test
    public void theStatusViewGroupsTheActorsAndCountsThemWithTheDeadlineInWords() throws Exception {
        String html = render("display", Map.of());

        assertTrue(html, html.contains(">Involvement: Udsatterådet Sydby: Actors by status</h2>"));
        assertTrue(html.contains("3 actors: 1 heard, 2 still to be heard. 28 days to the deadline (30 November 2026)."));
        assertTrue(html.indexOf(">To contact (1)<") < html.indexOf(">Agreed (1)<")
                && html.indexOf(">Agreed (1)<") < html.indexOf(">Held (1)<"));
        assertTrue(html.contains("<strong class=\"samraad-involvement-actor\">Politiet</strong> – Bilateral negotiation, Planned 3 December 2026"));
        assertTrue(html.contains("href=\"/rest/samraad/1.0/councils/" + uds + "/involvement.csv\""));
    }

    @Test
    public void theCoverageViewIsATableWhoseGapsAreSaidInWords() throws Exception {
        String html = render("display", Map.of("view", "coverage"));

        assertTrue(html.contains(">Who told us about each target group, by dimension</caption>"));
        assertTrue(html.contains("<th scope=\"col\">Borgere med misbrug</th><th scope=\"col\">Hjemløse</th>"));
        assertTrue(html.contains("<th scope=\"row\">Den individuelle indsats</th>"));
        assertTrue(html.contains("<td>Heard from Fokusgruppe A.</td>"));
        assertTrue(html.contains("<td class=\"samraad-involvement-gap\">No one has told us about “Hjemløse” under "
                + "“Færre gener” yet. Expected from Lokaludvalget.</td>"));
        assertTrue(html.contains("2 of 4 pairs of dimension and target group have not been covered yet."));
    }

    @Test
    public void theTimelineRunsInDateOrderMarksWhatFallsAfterTheDeadlineAndPutsTheUnplannedLast() throws Exception {
        String html = render("display", Map.of("view", "timeline"));

        assertTrue(html.indexOf("Fokusgruppe A") < html.indexOf("Politiet")
                && html.indexOf("Politiet") < html.indexOf("Lokaludvalget"));
        assertTrue(html.contains("<time datetime=\"2026-12-03\">3 December 2026</time><br><strong class=\"samraad-involvement-late\">After the deadline</strong>"));
        assertTrue(html.contains("Not yet planned"));
    }

    @Test
    public void whatWeHeardShowsHeldInvolvementsWithFindingsAndTheEasyReadVersion() throws Exception {
        String html = render("display", Map.of("view", "heard"));

        assertTrue(html.contains(">Involvement: Udsatterådet Sydby: What we heard</h2>"));
        assertTrue(html.contains("<p>Flere sovepladser.</p><p>Længere åbent.</p>"));
        assertTrue(html.contains("<h4>Easy-read</h4>"));
        assertTrue(html.contains("Covered: Borgere med misbrug, Hjemløse; Den individuelle indsats"));
        assertFalse("only held involvements", html.contains("Politiet"));
    }

    @Test
    public void hostileTextIsEscapedInEveryView() throws Exception {
        actors.create(uds, InvolvementServiceTest.actor(HOSTILE).forms("WRITTEN_INPUT").status("HELD")
                .heldOn("2026-10-02").groups(1).dimensions(4).contact(HOSTILE, true).findings(HOSTILE).build());
        for (String view : new String[] {"status", "coverage", "timeline", "heard"}) {
            String html = render("display", Map.of("view", view));
            assertFalse(view, html.contains("<script>"));
            assertTrue(view, html.contains(HOSTILE_ESCAPED));
        }
        String status = render("display", Map.of());
        assertEquals("title, contact and the editor's Change and Delete labels", 4, status.split(Pattern.quote(HOSTILE_ESCAPED), -1).length - 1);
    }

    @Test
    public void everyOutputTypeGetsTheSameStaticHtml() throws Exception {
        for (String outputType : new String[] {"display", "preview", "pdf", "word", "email", "html_export"}) {
            String html = render(outputType, Map.of("view", "coverage"));
            assertTrue(outputType, html.contains("No one has told us about"));
            assertFalse(outputType, html.contains("<form") || html.contains("<button"));
        }
    }

    @Test
    public void spaceEditorsGetFormsToAddChangeAndDeleteActorsAndToSetTheProcessInTheLivePage() throws Exception {
        sql.reset();
        String html = render("display", Map.of());

        assertTrue(sql.statements().toString(), sql.total() <= 3);
        assertTrue(html, html.contains("data-council-id=\"" + uds + "\""));
        assertTrue(html.contains("data-add=\"Add an actor\""));
        assertTrue(html.contains("<form class=\"aui top-label samraad-involvement-actor-form\""));
        assertTrue(html.contains("<input type=\"checkbox\" name=\"form\" value=\"FOCUS_GROUP\"> Focus group</label>"));
        assertTrue(html.contains("<option value=\"NO_ANSWER\">No answer</option>"));
        assertTrue(html.contains("<input type=\"checkbox\" name=\"targetGroup\" value=\"1\"> Borgere med misbrug</label>"));
        assertTrue(html.contains("<input type=\"checkbox\" name=\"dimension\" value=\"4\"> Færre gener</label>"));
        int politiet = actorId("Politiet");
        assertTrue(html.contains("class=\"aui-button aui-button-subtle samraad-involvement-change\" hidden data-actor-id=\"" + politiet
                + "\" aria-label=\"Change Politiet\">Change</button>"));
        int version = actors.get(politiet).version();
        assertTrue(html.contains("data-actor-id=\"" + politiet + "\" data-version=\"" + version
                + "\" aria-label=\"Delete Politiet\">"));
        assertTrue(html.contains("<p class=\"samraad-involvement-status-message\" role=\"status\" tabindex=\"-1\"></p>"));
        assertTrue(html.contains("<form class=\"aui top-label samraad-involvement-settings-form\" id=\""));
        assertTrue(html.contains("data-ids=\"1 2\" aria-describedby"));
        assertTrue(html.contains(">Borgere med misbrug\nHjemløse</textarea>"));
        assertTrue(html.contains("name=\"deadline\" type=\"date\" value=\"2026-11-30\""));
        assertTrue("no user key is typed: the person is picked by name", html.contains(
                "name=\"staffUser\" type=\"text\" class=\"text samraad-user-picker\" data-user-key-field=\"staffUserKey\""));
    }

    @Test
    public void readersExportsAndTheOtherViewsGetNoForms() throws Exception {
        for (String outputType : new String[] {"preview", "pdf", "word", "email", "html_export"}) {
            String html = render(outputType, Map.of());
            assertFalse(outputType, html.contains("<form") || html.contains("<button"));
        }
        for (String view : new String[] {"coverage", "timeline", "heard"}) {
            assertFalse(view, render("display", Map.of("view", view)).contains("<form"));
        }
        confluence.grant("key-reader", Permission.VIEW, "UDS").actAs("key-reader");
        String reader = render("display", Map.of());
        assertFalse(reader.contains("<form") || reader.contains("<button") || reader.contains("data-council-id"));
        confluence.actAs(null);
        assertFalse(render("display", Map.of()).contains("<form"));
    }

    @Test
    public void hostileNamesAreEscapedInTheForms() throws Exception {
        InvolvementSettingsService settings = plugin.get(InvolvementSettingsService.class);
        settings.update(uds, new InvolvementSettingsInput(
                java.util.List.of(new InvolvementSettingsInput.TopicInput(1, HOSTILE)),
                java.util.List.of(new InvolvementSettingsInput.TopicInput(3, "Den individuelle indsats")),
                "2026-11-30", java.util.List.of(), 1));
        actors.create(uds, InvolvementServiceTest.actor(HOSTILE).forms("WRITTEN_INPUT").build());

        String html = render("display", Map.of());

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("aria-label=\"Change " + HOSTILE_ESCAPED + "\""));
        assertTrue(html.contains("name=\"targetGroup\" value=\"1\"> " + HOSTILE_ESCAPED + "</label>"));
        assertTrue(html.contains(">" + HOSTILE_ESCAPED + "</textarea>"));
    }

    private int actorId(String title) {
        return actors.list(uds).stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    public void aBadViewSaysWhichValuesAreAllowed() {
        try {
            render("display", Map.of("view", "matrix"));
            fail();
        } catch (MacroExecutionException e) {
            assertEquals("The view parameter: Choose status, coverage, timeline or heard.", e.getMessage());
        }
    }

    @Test
    public void aSpaceWithoutACouncilSaysSo() throws Exception {
        String html = macro.execute(new HashMap<>(), null, new HostConversionContext("INT", 1L, "display"));
        assertTrue(html.contains("samraad-involvement-no-council"));
    }

    @Test
    public void eachViewCostsAtMostThreeStatementsForThreeHundredActors() throws Exception {
        for (int i = 0; i < 297; i++) {
            actors.create(uds, InvolvementServiceTest.actor("Aktør " + i).forms("FOCUS_GROUP").staff("key-staff")
                    .contact("Kontakt " + i, i % 2 == 0).status(i % 2 == 0 ? "HELD" : "TO_CONTACT")
                    .heldOn(i % 2 == 0 ? "2026-10-05" : null).groups(1).dimensions(3, 4).build());
        }
        for (String viewer : new String[] {EDITOR, null}) {
            confluence.actAs(viewer);
            for (String view : new String[] {"status", "coverage", "timeline", "heard"}) {
                sql.reset();
                String html = render("pdf", Map.of("view", view));
                assertTrue(view + sql.statements(), sql.total() <= 3);
                assertTrue(view, html.contains("300 actors"));
            }
        }
    }

    private String render(String outputType, Map<String, String> parameters) throws MacroExecutionException {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html,
                html.contains("$v.") || html.contains("$a.") || html.contains("$t.") || html.contains("$line.")
                        || html.contains("$h.") || html.contains("$cell.") || html.contains("$row.")
                        || html.contains("$group.") || html.contains("$e.") || html.contains("$o."));
        return html;
    }
}
