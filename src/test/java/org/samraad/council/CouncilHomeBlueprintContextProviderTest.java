package org.samraad.council;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/** The council home blueprint has no wizard, so its context provider must title the page (create-content would save none). */
public class CouncilHomeBlueprintContextProviderTest extends AoTestSupport {
    private static final String SECRETARY = "key-secretary";

    private FakeConfluence confluence;
    private CouncilHomeBlueprintContextProvider provider;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("NONE")
                .grant(SECRETARY, Permission.ADMINISTER, "UDS").grant(SECRETARY, Permission.ADMINISTER, "NONE")
                .actAs(SECRETARY);
        provider = plugin().confluence(confluence).users(confluence).clock(() -> Instant.parse("2026-11-22T00:00:00Z"))
                .start().get(CouncilHomeBlueprintContextProvider.class);
        CouncilEntity council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"),
                new DBParam("NAME", "Udsatterådet"), new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0));
        council.setLocale("da");
        council.save();
    }

    @Test
    public void thePageIsTitledInTheCouncilsLanguageAndNumberedWhenTheSpaceHasThatTitle() {
        assertEquals("Rådets forside", title("UDS"));
        confluence.titledPage("UDS", "Rådets forside");
        assertEquals("Rådets forside (2)", title("UDS"));
    }

    @Test
    public void withoutACouncilThePageIsTitledInTheReadersLanguage() {
        assertEquals("Council home page", title("NONE"));
    }

    private String title(String spaceKey) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", spaceKey);
        return (String) provider.getContextMap(context).get("ContentPageTitle");
    }
}
