package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/**
 * The overview of offers rendered through the product-shaped renderer (automatic HTML encoding, the descriptor's
 * method allowlist), on a real database: structure, escaping of hostile data, what editors and readers get in
 * each output type, parameters, and the statement budget. The DOM in a real browser is OrganisationsBrowserIT.
 */
public class OrganisationsMacroTest extends AoTestSupport {
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String HOSTILE = "<script>window.x=1</script>\"><img src=x onerror=alert(1)> & 'co'";

    private FakeConfluence confluence;
    private OrganisationService organisations;
    private OrganisationsMacro macro;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(confluence).start();
        organisations = plugin.get(OrganisationService.class);
        macro = plugin.get(OrganisationsMacro.class);
    }

    @Test
    public void organisationsAreGroupedUnderOneHeadingPerKindInKindOrder() throws Exception {
        create("Frivilligcentret", "VOLUNTARY_ORGANISATION", null);
        create("Jobcentret", "MUNICIPAL_DEPARTMENT", null);
        create("Aktivhuset", "VOLUNTARY_ORGANISATION", null);

        String html = render(Map.of(), "display");

        assertEquals(List.of("Municipal departments", "Voluntary organisations"), texts(html, "h2"));
        assertEquals(List.of("Jobcentret", "Aktivhuset", "Frivilligcentret"), texts(html, "h3"));
    }

    @Test
    public void anEntryShowsItsOffersTargetGroupFunctionalContactAndWebsite() throws Exception {
        organisations.create(new OrganisationInput("UDS", "Natcaféen", "VOLUNTARY_ORGANISATION",
                "https://natcafe.example.org/om?a=1&b=2", "Vagttelefonen", "vagt@natcafe.example.org", "70 10 20 30",
                "Varm mad.\n\nEn seng for natten.", "Hjemløse over 18 år", null));

        String html = render(Map.of(), "display");

        assertTrue(html, html.contains("<a href=\"https://natcafe.example.org/om?a=1&amp;b=2\" rel=\"noopener noreferrer\">Natcaféen</a>"));
        assertTrue(html.contains("<dt>What they offer</dt>"));
        assertTrue(html.contains("<p>Varm mad.</p><p>En seng for natten.</p>"));
        assertTrue(html.contains("<dt>For whom</dt>"));
        assertTrue(html.contains("<p>Hjemløse over 18 år</p>"));
        assertTrue(html.contains("<li>Vagttelefonen</li>"));
        assertTrue(html.contains("<a href=\"mailto:vagt@natcafe.example.org\">vagt@natcafe.example.org</a>"));
        assertTrue(html.contains("70 10 20 30"));
    }

    @Test
    public void anEntryWithoutDetailsShowsItsNameAlone() throws Exception {
        create("Politiet", "POLICE", null);

        String html = render(Map.of(), "display");

        assertEquals(List.of("Politiet"), texts(html, "h3"));
        assertFalse(html.contains("<dt>"));
        assertFalse(html.contains("<a href"));
    }

    @Test
    public void hostileDataIsEscapedInEveryFieldAndAttribute() throws Exception {
        organisations.create(new OrganisationInput("UDS", HOSTILE, "OTHER", "https://example.org/?q='x", HOSTILE,
                "o'brien@example.org", HOSTILE, HOSTILE, HOSTILE, null));

        for (String outputType : List.of("display", "pdf", "email")) {
            String html = render(Map.of(), outputType);
            assertFalse(outputType, html.contains("<script>"));
            assertFalse(outputType, html.contains("<img"));
            assertFalse(outputType, html.contains("onerror=alert(1)>"));
            assertTrue(outputType, html.contains("&lt;script&gt;window.x=1&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;co&#39;"));
        }
        String display = render(Map.of(), "display");
        assertTrue("the name in a data attribute is escaped too", display.contains(
                "data-name=\"&lt;script&gt;window.x=1&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;co&#39;\""));
        assertTrue(display.contains("href=\"mailto:o&#39;brien@example.org\""));
        assertTrue(display.contains("href=\"https://example.org/?q=&#39;x\" rel=\"noopener noreferrer\""));
    }

    @Test
    public void aWebsiteThatIsNotHttpNeverBecomesALinkEvenIfItBypassedValidation() throws Exception {
        OrganisationEntity row = ao.create(OrganisationEntity.class, new DBParam("SPACE_KEY", "UDS"),
                new DBParam("NAME", "Imported"), new DBParam("KIND", "OTHER"), new DBParam("VERSION", 0));
        row.setWebsite("javascript:alert(document.cookie)");
        row.save();
        ao.flushAll();

        String html = render(Map.of(), "display");

        assertFalse(html.contains("javascript:"));
        assertEquals(List.of("Imported"), texts(html, "h3"));
    }

    @Test
    public void editorsGetHiddenEditControlsOnlyInTheLivePageView() throws Exception {
        create("Org", "OTHER", null);

        String display = render(Map.of(), "display");
        assertTrue(display.contains("data-space-key=\"UDS\""));
        assertTrue(display.contains("<button type=\"button\" class=\"aui-button samraad-organisation-add\" aria-controls="));
        assertTrue("controls wait for the script", Pattern.compile("<form id=\"[^\"]+\" class=\"aui top-label samraad-organisation-form\" hidden novalidate>").matcher(display).find());
        assertTrue(display.contains("<div class=\"samraad-organisation-actions\" hidden>"));
        assertLabelled(display);

        for (String outputType : List.of("preview", "pdf", "word", "email", "html_export", "feed")) {
            String html = render(Map.of(), outputType);
            assertFalse(outputType, html.contains("<form"));
            assertFalse(outputType, html.contains("<button"));
            assertFalse(outputType, html.contains("data-space-key"));
            assertEquals(outputType, List.of("Org"), texts(html, "h3"));
        }
    }

    @Test
    public void readersAndAnonymousGetNoEditControls() throws Exception {
        create("Org", "OTHER", null);
        for (String caller : new String[] {READER, null}) {
            confluence.actAs(caller);
            String html = render(Map.of(), "display");
            assertFalse(html.contains("<form"));
            assertFalse(html.contains("<button"));
            assertEquals(List.of("Org"), texts(html, "h3"));
        }
    }

    @Test
    public void theKindParameterShowsOneKind() throws Exception {
        create("Politiet", "POLICE", null);
        create("Aktivhuset", "VOLUNTARY_ORGANISATION", null);

        String html = render(Map.of("kind", "POLICE"), "display");

        assertEquals(List.of("Police"), texts(html, "h2"));
        assertEquals(List.of("Politiet"), texts(html, "h3"));
        assertTrue("the add form starts on the filtered kind", html.contains("<option value=\"POLICE\" selected>"));
        assertTrue(render(Map.of("kind", "BUSINESS"), "pdf").contains("No organisations of this kind have been added yet."));
    }

    @Test
    public void theSpaceParameterShowsAnotherSpaceTheReaderCanView() throws Exception {
        create("Politiet", "POLICE", null);
        confluence.space("OTHER").grant(EDITOR, Permission.VIEW, "OTHER");

        String html = macro.execute(Map.of("space", "UDS"), "", new HostConversionContext("OTHER", 1L, "display"));

        assertEquals(List.of("Politiet"), texts(html, "h3"));
        assertTrue("shown on a page in OTHER, UDS is still editable by its editor", html.contains("<form"));
    }

    @Test
    public void anEmptySpaceSaysSo() throws Exception {
        assertTrue(render(Map.of(), "pdf").contains("No organisations have been added to this space yet."));
    }

    @Test
    public void aHiddenOrUnknownSpaceOrAnUnknownKindIsAMacroError() {
        for (Map<String, String> parameters : List.of(Map.of("space", "INT"), Map.of("space", "NOPE"),
                Map.of("kind", "<script>"), Map.of("kind", "CHURCH"))) {
            try {
                render(parameters, "display");
                fail(parameters.toString());
            } catch (MacroExecutionException e) {
                assertFalse(e.getMessage().isBlank());
                assertFalse(e.getMessage().contains("<script>"));
            }
        }
        try {
            macro.execute(new HashMap<>(), "", new HostConversionContext(null, null, "display"));
            fail("no space at all");
        } catch (MacroExecutionException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    public void aRenderCostsAtMostThreeStatementsForFiveAndForFiveHundredOrganisations() throws Exception {
        OrganisationKind[] kinds = OrganisationKind.values();
        for (int count : new int[] {5, 500}) {
            ao.deleteWithSQL(OrganisationEntity.class, "SPACE_KEY = ?", "UDS");
            for (int i = 0; i < count; i++) {
                OrganisationEntity row = ao.create(OrganisationEntity.class, new DBParam("SPACE_KEY", "UDS"),
                        new DBParam("NAME", "Org " + i), new DBParam("KIND", kinds[i % kinds.length].name()),
                        new DBParam("VERSION", 0));
                row.setOffers("Tilbud " + i);
                row.setTargetGroup("Målgruppe " + i);
                row.setWebsite("https://org" + i + ".example.org");
                row.setContactEmail("info@org" + i + ".example.org");
                row.save();
            }
            ao.flushAll();
            for (String outputType : List.of("display", "pdf")) {
                String[] html = new String[1];
                sql.assertAtMost(3, () -> html[0] = render(Map.of(), outputType));
                assertEquals(count, texts(html[0], "h3").size());
            }
        }
    }

    private String render(Map<String, String> parameters, String outputType) throws MacroExecutionException {
        return macro.execute(new HashMap<>(parameters), "", new HostConversionContext("UDS", 1L, outputType));
    }

    private void create(String name, String kind, String website) {
        organisations.create(new OrganisationInput("UDS", name, kind, website, null, null, null, null, null, null));
    }

    /** Every input, select and textarea of the form has a label pointing at it. */
    private static void assertLabelled(String html) {
        Matcher controls = Pattern.compile("<(input|select|textarea) (?:class=\"[^\"]+\" )?id=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (controls.find()) {
            count++;
            assertTrue(controls.group(2), html.contains("<label for=\"" + controls.group(2) + "\">"));
        }
        assertEquals(8, count);
    }

    /** The text of each element with this tag, tags inside it removed and entities for the test data decoded. */
    private static List<String> texts(String html, String tag) {
        Matcher m = Pattern.compile("<" + tag + "[^>]*>(.*?)</" + tag + ">", Pattern.DOTALL).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").strip());
        }
        return found;
    }
}
