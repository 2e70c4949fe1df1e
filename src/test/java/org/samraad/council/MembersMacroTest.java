package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.samraad.council.MemberData.ADMIN;
import static org.samraad.council.MemberData.EDITOR;
import static org.samraad.council.MemberData.MEMBER_USER;
import static org.samraad.council.MemberData.READER;
import static org.samraad.council.MemberData.TODAY;

import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * The members macro rendered through the product-like renderer (automatic HTML encoding, the descriptor's Velocity
 * allowlist) on the test database: what each viewer gets, in each output type, and what it costs.
 */
public class MembersMacroTest extends AoTestSupport {
    private static final String HOSTILE = "<script>window.x=1</script>\"Åse\" & 'co'";

    private MemberData bed;
    private TestPlugin plugin;
    private MembersMacro macro;
    private Council council;
    private Seat users;

    @Before
    public void setUp() {
        plugin = MemberData.people(plugin()).start();
        bed = new MemberData(plugin, ao);
        macro = plugin.get(MembersMacro.class);
        council = bed.council("UDS", "Udsatterådet Nordby");
        users = bed.seat(council, "USER", "Brugere", 2);
        bed.seat(council, "MANAGEMENT", null, 1);
        bed.add(council, new MemberInput(null, "Karin Holm", "CHAIR", users.id(), null, null, null, null, true, true,
                "karin@nordby.example", "+45 70 10 20 30", "Torvet 3", null, null));
        bed.add(council, new MemberInput(null, "Leila Nour", "MEMBER", users.id(), null, null, null, TODAY.plusDays(20),
                true, false, "leila@nordby.example", "+45 80 90 10 20", "Bakken 7", null, null));
        bed.add(council, new MemberInput(MEMBER_USER, null, "SECRETARY", null, null, null, null, null, false, true,
                "mona@nordby.example", null, null, null, null));
    }

    @Test
    public void anAnonymousReaderSeesTheCompositionAndNoContactDataOrUnpublishedNames() throws Exception {
        bed.actAs(null);

        String html = render("display", Map.of());

        assertTrue(html.contains("<h2 id=\"samraad-members-"));
        assertTrue(html.contains("Members of Udsatterådet Nordby"));
        assertTrue(html.contains("Incomplete: 1 seat of 3 is vacant."));
        assertTrue(html.contains("<span class=\"samraad-filled-of\">2 of 2</span>"));
        assertTrue(html.contains("\">Management</th>"));
        assertTrue(html.contains("<dt>Chair</dt><dd>Karin Holm</dd>"));
        assertTrue(html.contains("<span class=\"samraad-name-hidden\">Member (name not published)</span>"));
        assertTrue("the term ending soon is listed without the name",
                html.contains("<span class=\"samraad-term-name\">Member (name not published)</span> (Brugere)"));
        assertTrue(html.contains("<time datetime=\"" + TODAY.plusDays(20) + "\">"));
        assertTrue(html.contains("Mona Medlem"));
        for (String secret : List.of("Leila", "@nordby.example", "70 10 20 30", "Torvet", "Bakken", "Receives per diem")) {
            assertFalse(secret, html.contains(secret));
        }
        assertFalse("no editing for readers", html.contains("<form"));
        assertTrue("a CSV link in the live page", html.contains("/rest/samraad/1.0/councils/" + council.id() + "/members.csv"));
        assertWellFormedTables(html);
    }

    @Test
    public void councilMembersAndSpaceAdministratorsSeeContactDataAndAllNames() throws Exception {
        for (String insider : List.of(MEMBER_USER, ADMIN)) {
            bed.actAs(insider);
            String html = render("pdf", Map.of());
            assertTrue(insider, html.contains("Leila Nour"));
            assertTrue(insider, html.contains("<a href=\"mailto:leila@nordby.example\">leila@nordby.example</a>"));
            assertTrue(insider, html.contains("Bakken 7"));
            assertTrue(insider, html.contains("<th scope=\"col\">Receives per diem</th>"));
            assertFalse(insider, html.contains("name not published"));
        }
    }

    @Test
    public void inTheLivePageEachTableScrollsInAFocusableRegionNamedByItsOwnCaption() throws Exception {
        bed.actAs(ADMIN);
        String html = render("display", Map.of());
        Matcher region = Pattern.compile("<div class=\"samraad-scroll\" role=\"region\" tabindex=\"0\" "
                + "aria-labelledby=\"([^\"]+)\"><table class=\"aui ").matcher(html);
        Set<String> captions = new HashSet<>();
        while (region.find()) {
            assertTrue(region.group(1), html.contains("<caption id=\"" + region.group(1) + "\">"));
            captions.add(region.group(1));
        }
        int tables = html.split("<table", -1).length - 1;
        assertEquals("the composition and each group, each named by its own caption", tables, captions.size());
        assertEquals(tables, html.split("</table></div>", -1).length - 1);
    }

    @Test
    public void exportOutputIsStaticHtmlWithoutFormsButtonsOrDownloadLink() throws Exception {
        bed.actAs(ADMIN);
        for (String outputType : List.of("pdf", "word", "email", "preview", "html_export")) {
            String html = render(outputType, Map.of());
            assertFalse(outputType, html.contains("<form"));
            assertFalse(outputType, html.contains("<button"));
            assertFalse(outputType, html.contains("members.csv"));
            assertTrue(outputType, html.contains("<caption"));
            assertFalse(outputType + ": the scroll regions are the live page's", html.contains("samraad-scroll"));
            assertWellFormedTables(html);
        }
    }

    @Test
    public void spaceEditorsGetTheInlineFormInTheLivePageOnly() throws Exception {
        bed.actAs(EDITOR);
        String html = render("display", Map.of());

        assertTrue(html.contains("data-editable=\"true\""));
        assertTrue(html.contains("<form class=\"aui top-label samraad-member-form\" hidden"));
        assertTrue(html.contains("class=\"aui-button aui-button-subtle samraad-member-edit\""));
        assertTrue("seats are edited in place too", html.contains("<form class=\"aui top-label samraad-seat-form\" hidden"));
        assertTrue(html.contains("class=\"aui-button aui-button-danger samraad-seat-remove\""));
        assertTrue("every input has a label", html.contains("<label for=\"" + domId(html) + "-termEnd\">"));
        assertFalse("an editor who is not a member gets no contact inputs", html.contains("name=\"email\""));
        assertFalse("only administrators may over-fill", html.contains("name=\"force\""));

        bed.actAs(ADMIN);
        String admin = render("display", Map.of());
        assertTrue(admin.contains("name=\"email\""));
        assertTrue(admin.contains("name=\"force\""));
    }

    @Test
    public void groupingByRoleGivesOneTablePerRoleChairFirst() throws Exception {
        String html = render("display", Map.of("groupBy", "role"));

        int chair = html.indexOf(">Chair</h3>");
        int members = html.indexOf(">Members</h3>");
        int secretariat = html.indexOf(">Secretariat</h3>");
        assertTrue(html, chair > 0 && chair < members && members < secretariat);
        assertFalse("no separate chairmanship list when grouped by role", html.contains("samraad-chairs"));
    }

    @Test
    public void hostileNamesAndLabelsAreEscapedEverywhere() throws Exception {
        bed.seat(council, "OTHER", HOSTILE, 1);
        bed.add(council, new MemberInput(null, HOSTILE, "MEMBER", null, null, null, null, null, false, true,
                null, null, "<img src=x onerror=alert(1)>", null, null));
        bed.actAs(ADMIN);

        for (String groupBy : List.of("seat", "role")) {
            String html = render("display", Map.of("groupBy", groupBy));
            assertFalse(html.contains("<script>"));
            assertFalse(html.contains("<img"));
            assertTrue(html.contains("&lt;script&gt;window.x=1&lt;/script&gt;&quot;Åse&quot; &amp; &#39;co&#39;"));
            assertFalse("no unrendered references", html.contains("$"));
        }
    }

    @Test
    public void badParametersAreReportedInTheReadersLanguage() {
        assertMacroError(Map.of("groupBy", "organisation"), "The group-by parameter must be seat or role.");
        assertMacroError(Map.of("council", "abc"), "The council parameter must be the number of a council.");
        assertMacroError(Map.of("council", "987654"), "The council could not be found, or you do not have access to it.");
    }

    @Test
    public void aSpaceWithoutACouncilSaysSo() throws Exception {
        String html = macro.execute(Map.of(), null, new HostConversionContext("INT", 1L, "display"));

        assertTrue(html.contains("No council has been set up in this space yet."));
    }

    @Test
    public void renderingCostsAtMostThreeStatementsForTenAndFiveHundredMembers() throws Exception {
        assertRenderBudget(7);
        assertRenderBudget(490);
    }

    private void assertRenderBudget(int more) throws Exception {
        int org = bed.organisation("Forening " + more, "UDS");
        for (int i = 0; i < more; i++) {
            MemberEntity row = bed.row(council, "Medlem " + i, i % 5 == 0 ? "SUBSTITUTE" : "MEMBER",
                    i % 2 == 0 ? users.id() : null, null, i % 9 == 0 ? TODAY.plusDays(i % 80) : null, i % 3 != 0);
            row.setOrganisationId(i % 4 == 0 ? org : null);
            row.setSubstituteForId(i % 5 == 0 && i > 0 ? row.getID() - 1 : null);
            row.save();
        }
        ao.flushAll();
        for (String viewer : new String[] {null, READER, MEMBER_USER, ADMIN}) {
            bed.actAs(viewer);
            for (String groupBy : List.of("seat", "role")) {
                for (String outputType : List.of("display", "pdf")) {
                    sql.assertAtMost(3, () -> render(outputType, Map.of("groupBy", groupBy)));
                }
            }
        }
        bed.actAs(ADMIN);
        sql.assertAtMost(3, () -> render("display", Map.of("council", String.valueOf(council.id()))));
    }

    private String render(String outputType, Map<String, String> parameters) throws MacroExecutionException {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html, html.contains("$m."));
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

    private static String domId(String html) {
        int start = html.indexOf("id=\"samraad-members-") + 4;
        return html.substring(start, html.indexOf('"', start));
    }

    private static void assertWellFormedTables(String html) {
        int tables = html.split("<table", -1).length - 1;
        assertEquals(tables, html.split("</table>", -1).length - 1);
        assertEquals("every table has a caption", tables, html.split("<caption", -1).length - 1);
        assertEquals("every table is an AUI table", tables, html.split("<table class=\"aui ", -1).length - 1);
        assertFalse(html.contains("<th>"));
    }
}
