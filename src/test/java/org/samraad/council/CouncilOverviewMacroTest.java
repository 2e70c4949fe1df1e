package org.samraad.council;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.council.MemberData.ADMIN;

import java.util.HashMap;
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
        assertTrue(html.contains("<p>Vi rådgiver byrådet.</p>") && html.contains("<p>Vi mødes hver måned.</p>"));
        assertTrue(html.contains("<caption>Key figures</caption>"));
        assertTrue(html.contains("<th scope=\"row\">Open hearings</th><td data-figure=\"open-hearings\">0</td>"));
    }

    @Test
    public void anAdministratorOfASpaceWithoutACouncilGetsTheSetUpFormWithEveryKind() throws Exception {
        bed.actAs(ADMIN);

        String html = render("INT");

        assertTrue(html.contains("<form class=\"samraad-council-setup\" data-space-key=\"INT\""));
        assertTrue(html.contains("<option value=\"DIALOGUE_FORUM\">Dialogue forum</option>"));
        assertTrue(html.contains("<option value=\"OTHER\">Council</option>"));
    }

    private String render(String spaceKey) throws Exception {
        String html = macro.execute(new HashMap<>(), null, new HostConversionContext(spaceKey, 1L, "display"));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html, html.contains("$"));
        return html;
    }
}
