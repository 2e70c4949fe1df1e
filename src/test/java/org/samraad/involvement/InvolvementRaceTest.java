package org.samraad.involvement;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.security.Permission;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.platform.StaleVersionException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.Race;
import org.samraad.testing.TestPlugin;

/**
 * Editors who save a process or an actor at the same moment: one wins, the others get a conflict, and a council
 * never gets two processes.
 */
public class InvolvementRaceTest extends AoTestSupport {
    private static final int ROUNDS = 15;
    private static final int CONTENDERS = 3;
    private static final String EDITOR = "key-editor";

    private InvolvementSettingsService settings;
    private InvolvementActors actors;

    @Before
    public void setUp() {
        FakeConfluence confluence = new FakeConfluence().space("UDS").grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(Map.of(EDITOR, "Edvin Editor", "key-staff", "Sune"))
                .clock(() -> InvolvementServiceTest.NOW).start();
        settings = plugin.get(InvolvementSettingsService.class);
        actors = plugin.get(InvolvementActors.class);
    }

    @Test
    @NonTransactional
    public void twoFirstSavesOfAProcessGiveOneRowAndAConflict() {
        for (int round = 0; round < ROUNDS; round++) {
            int council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Råd " + round),
                    new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
            List<Object> outcomes = Race.run(CONTENDERS, i -> settings.update(council, InvolvementServiceTest.example(0)));
            assertEquals(outcomes.toString(), 1, outcomes.stream().filter(InvolvementSettings.class::isInstance).count());
            assertEquals(outcomes.toString(), CONTENDERS - 1,
                    outcomes.stream().filter(StaleVersionException.class::isInstance).count());
            assertEquals(1, ao.count(InvolvementEntity.class, "COUNCIL_ID = ?", council));

            int actor = actors.create(council, InvolvementServiceTest.actor("Politiet").forms("BILATERAL").build()).id();
            List<Object> saves = Race.run(CONTENDERS, i -> actors.update(actor, InvolvementServiceTest
                    .actor("Politiet " + i).forms("BILATERAL").version(0).build()));
            assertEquals(saves.toString(), 1, saves.stream().filter(InvolvementActor.class::isInstance).count());
            assertEquals(1, actors.get(actor).version());
        }
    }
}
