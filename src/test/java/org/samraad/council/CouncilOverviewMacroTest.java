package org.samraad.council;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.council.MemberData.ADMIN;

import java.util.HashMap;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * The council overview through the product-like renderer (automatic HTML encoding, and the descriptor's Velocity
 * allowlist, which refuses every call the plugin has not listed, JDK ones included).
 */
public class CouncilOverviewMacroTest extends AoTestSupport {
    private MemberData bed;
    private TestPlugin plugin;
    private CouncilService councils;
    private CouncilOverviewMacro macro;

    @Before
    public void setUp() {
        plugin = MemberData.people(plugin()).start();
        bed = new MemberData(plugin, ao);
        councils = plugin.get(CouncilService.class);
        macro = plugin.get(CouncilOverviewMacro.class);
    }

    @Test
    public void theOverviewShowsNameKindPurposeAndFiguresWithEveryTextLookedUp() throws Exception {
        bed.actAs(ADMIN);
        councils.create(new CouncilInput("UDS", "Udsatterådet <Nordby>", "SOCIAL_COUNCIL",
                "Vi rådgiver byrådet.\n\nVi mødes hver måned.", null));
        bed.actAs(null);

        String html = render("UDS");

        assertTrue(html.contains(">Udsatterådet &lt;Nordby&gt;</h2>"));
        assertTrue(html.contains("<p class=\"samraad-council-kind\">Council for socially vulnerable citizens</p>"));
        assertTrue(html.contains(">Vi rådgiver byrådet.</p>") && html.contains(">Vi mødes hver måned.</p>"));
        assertTrue(html.contains("<caption>Key figures</caption>"));
        assertTrue(html.contains("<th scope=\"row\">Open hearings</th><td data-figure=\"open-hearings\">0</td>"));
    }

    @Test
    public void anAdministratorOfASpaceWithoutACouncilGetsTheSetUpFormWithEveryKind() throws Exception {
        bed.actAs(ADMIN);

        String html = render("INT");

        assertTrue(html.contains("<form class=\"aui top-label samraad-council-setup\" data-space-key=\"INT\""));
        assertTrue(html.contains("<option value=\"DIALOGUE_FORUM\">Dialogue forum</option>"));
        assertTrue(html.contains("<option value=\"OTHER\">Council</option>"));
    }

    @Test
    public void aSpaceAdministratorGetsTheSettingsFormFilledWithTheCouncilAsStored() throws Exception {
        bed.actAs(ADMIN);
        Council council = councils.create(new CouncilInput("UDS", "Rådet \"<Nord>\"", "DEVELOPMENT_GROUP", "Formål",
                "sv", 12, 6, 21, "{council}: {date}", 4, List.of(2, 9), "NOTES", null, null));

        String html = render("UDS");

        assertTrue(html, html.contains("<form class=\"aui top-label samraad-council-settings\" id=\"samraad-council-settings-"
                + council.id() + "-"));
        assertTrue(html.contains("data-council-id=\"" + council.id() + "\" data-version=\"0\""));
        assertTrue(html.contains("name=\"name\" type=\"text\" maxlength=\"255\" required value=\"Rådet &quot;&lt;Nord&gt;&quot;\""));
        assertTrue(html.contains("<option value=\"DEVELOPMENT_GROUP\" selected>"));
        assertTrue(html.contains("<option value=\"sv\" lang=\"sv\" selected>Svenska</option>"));
        assertTrue(html.contains("<option value=\"NOTES\" selected>Notes (Referat, Minnesanteckningar)</option>"));
        assertTrue(html.contains("name=\"requestDays\" type=\"number\" min=\"0\" max=\"90\" value=\"12\""));
        assertTrue(html.contains("value=\"{council}: {date}\""));
        assertTrue(html.contains("name=\"hearingReminderDays\" type=\"text\" inputmode=\"numeric\" value=\"9, 2\""));
        assertTrue(html.contains(">Formål</textarea>"));
    }

    @Test
    public void theOverviewWithTheSettingsFormStillCostsAtMostThreeStatements() throws Exception {
        bed.actAs(ADMIN);
        councils.create(new CouncilInput("UDS", "Rådet", "OTHER", null, null));
        ao.flushAll();

        sql.assertAtMost(3, () -> assertTrue(render("UDS").contains("samraad-council-settings")));
    }

    @Test
    public void editorsReadersAndExportsGetNoSettingsForm() throws Exception {
        bed.actAs(ADMIN);
        councils.create(new CouncilInput("UDS", "Rådet", "OTHER", null, null));
        assertTrue(render("UDS").contains("samraad-council-settings"));
        assertFalse("no form in a PDF", macro.execute(new HashMap<>(), null,
                new HostConversionContext("UDS", 1L, "pdf")).contains("samraad-council-settings"));

        bed.actAs(MemberData.EDITOR);
        assertFalse(render("UDS").contains("samraad-council-settings"));
        bed.actAs(MemberData.READER);
        assertFalse(render("UDS").contains("samraad-council-settings"));
    }

    private String render(String spaceKey) throws Exception {
        String html = macro.execute(new HashMap<>(), null, new HostConversionContext(spaceKey, 1L, "display"));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html, html.contains("$"));
        return html;
    }
}
