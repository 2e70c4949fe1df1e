package org.samraad.involvement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.security.Permission;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * The involvement blueprint sets up a process not set up yet with the example's target groups and dimensions in the
 * council's language and the wizard's deadline, and leaves a process already set up alone.
 */
public class InvolvementBlueprintListenerTest extends AoTestSupport {
    private static final String EDITOR = "key-editor";

    private FakeConfluence confluence;
    private InvolvementBlueprintListener listener;
    private InvolvementSettingsService settings;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").grant(EDITOR, Permission.EDIT, "UDS").actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(Map.of(EDITOR, "Edvin Editor"))
                .clock(() -> InvolvementServiceTest.NOW).start();
        listener = plugin.get(InvolvementBlueprintListener.class);
        settings = plugin.get(InvolvementSettingsService.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Rådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "sv"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void aNewProcessGetsTheExampleInTheCouncilsLanguageAndTheWizardsDeadline() {
        listener.onBlueprintPageCreated(event("2026-11-30"));

        InvolvementSettings process = settings.get(uds);
        assertEquals(List.of("Personer med missbruk", "Personer med psykiatriska problem", "Hemlösa",
                "Personer utan laglig vistelse", "Personer i prostitution"),
                process.targetGroups().stream().map(InvolvementTopic::name).toList());
        assertEquals(List.of("Den individuella insatsen", "Minskade olägenheter för närområdet",
                "Samordning och samarbete"), process.dimensions().stream().map(InvolvementTopic::name).toList());
        assertEquals(LocalDate.of(2026, 11, 30), process.deadline());
    }

    @Test
    public void aBadDeadlineSetsUpTheListsWithoutItAndASetUpProcessIsLeftAlone() {
        listener.onBlueprintPageCreated(event("i november"));
        InvolvementSettings first = settings.get(uds);
        assertEquals(5, first.targetGroups().size());
        assertNull(first.deadline());

        listener.onBlueprintPageCreated(event("2026-11-30"));
        assertEquals(first, settings.get(uds));
    }

    private BlueprintPageCreateEvent event(String deadline) {
        confluence.page(7001L, "UDS");
        Page page = new Page() {
            @Override
            public long getId() {
                return 7001L;
            }
        };
        page.setSpace(confluence.getSpace("UDS"));
        page.setTitle("Inddragelse");
        Map<String, Object> context = new HashMap<>();
        context.put("samraadBlueprint", new String[] {"involvement"});
        context.put("deadline", new String[] {deadline});
        return new BlueprintPageCreateEvent(this, page, null, null, context);
    }
}
