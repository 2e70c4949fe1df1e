package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.action.ActionsMacro;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilOverviewMacro;
import org.samraad.council.MembersMacro;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.hearing.HearingsMacro;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * A council space's home page as Confluence renders it: the getting-started checklist, the overview, the members,
 * the annual plan, the action register and the hearings in one conversion context. They share the council of the
 * space read for the first of them, so the page reads it once rather than six times; what they share lives in that
 * render only, so the next render sees what changed, and another reader in the same context is asked for again.
 */
public class CouncilHomePageRenderTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final String SECRETARY = "key-secretary";
    private static final String STRANGER = "key-stranger";

    private FakeConfluence confluence;
    private List<Macro> page;
    private int council;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("NYT").actAs(SECRETARY);
        for (Permission secretarys : List.of(Permission.ADMINISTER, Permission.EDIT, Permission.VIEW)) {
            confluence.grant(SECRETARY, secretarys, "NYT");
        }
        TestPlugin plugin = plugin().confluence(confluence).clock(() -> NOW).start();
        council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "NYT"), new DBParam("NAME", "Nyt råd"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "en"), new DBParam("VERSION", 0)).getID();
        page = List.of(plugin.get(GettingStartedMacro.class), plugin.get(CouncilOverviewMacro.class),
                plugin.get(MembersMacro.class), plugin.get(AnnualPlanMacro.class), plugin.get(ActionsMacro.class),
                plugin.get(HearingsMacro.class));
    }

    @Test
    public void theSixMacrosOfAHomePageReadTheCouncilOfTheSpaceOnce() throws Exception {
        HostConversionContext render = context();
        List<String> statements = sql.statementsDuring(() -> render(render));

        assertEquals("the council is read once for the page: " + statements, 1,
                statements.stream().filter(HomePageSql::readsCouncilBySpace).count());
    }

    @Test
    public void theNextRenderReadsTheCouncilAgainAndSeesWhatChanged() throws Exception {
        String before = render(context());
        CouncilEntity row = ao.get(CouncilEntity.class, council);
        row.setName("Omdøbt råd");
        row.save();

        String after = render(context());

        assertFalse(before.contains("Omdøbt råd"));
        assertTrue("nothing of the last render is kept", after.contains("Omdøbt råd"));
    }

    @Test
    public void aReaderWhoCannotViewTheSpaceInTheSameContextGetsNoCouncil() throws Exception {
        HostConversionContext shared = context();
        String secretary = render(shared);
        confluence.actAs(STRANGER);
        String stranger = render(shared);

        assertTrue(secretary.contains("Nyt råd"));
        assertFalse("the first reader's council is not the next reader's", stranger.contains("Nyt råd"));
    }

    private String render(HostConversionContext context) throws Exception {
        StringBuilder html = new StringBuilder();
        for (Macro macro : page) {
            html.append(macro.execute(new HashMap<>(), null, context));
        }
        return html.toString();
    }

    private HostConversionContext context() {
        return new HostConversionContext("NYT", 4242L, "display");
    }

    /** The statement {@code CouncilService#inSpace} runs. */
    private static final class HomePageSql {
        static boolean readsCouncilBySpace(String sql) {
            return sql.toUpperCase(java.util.Locale.ROOT).contains("SPACE_KEY")
                    && sql.toUpperCase(java.util.Locale.ROOT).contains("_COUNCIL");
        }
    }
}
