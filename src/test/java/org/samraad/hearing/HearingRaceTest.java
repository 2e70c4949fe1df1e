package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.platform.WorkflowConflictException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.Race;

/** Editors who move one hearing on at the same moment: one wins, the others learn the state it is in now. */
public class HearingRaceTest extends AoTestSupport {
    private static final int ROUNDS = 25;
    private static final int CONTENDERS = 3;
    private static final String EDITOR = "key-editor";

    private HearingReads hearings;
    private HearingWorkflow workflow;
    private int council;

    @Before
    public void setUp() {
        FakeConfluence confluence = new FakeConfluence().space("UDS").grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(Map.of(EDITOR, "Edvin Editor"))
                .clock(() -> Instant.parse("2026-11-22T10:15:00Z")).start();
        hearings = plugin.get(HearingReads.class);
        workflow = plugin.get(HearingWorkflow.class);
        council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Rådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    @NonTransactional
    public void whoLosesARaceForTheNextStepGetsAConflictWithTheStateNow() {
        int refusedAsInvalid = 0;
        int conflictsWithoutState = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int hearing = workflow.create(council, new HearingInput("Høring " + round, null, null, null, null, null,
                    "2026-12-15", null, null, null, null, null, null, null, null, null)).id();
            List<Object> outcomes = Race.run(CONTENDERS,
                    i -> workflow.transition(hearing, new HearingTransition("DRAFTING", null, null, 0)));
            List<Hearing> won = outcomes.stream().filter(Hearing.class::isInstance).map(Hearing.class::cast).toList();
            assertEquals("one move wins: " + outcomes, 1, won.size());
            for (Object outcome : outcomes) {
                if (outcome instanceof ValidationException) {
                    refusedAsInvalid++;
                } else if (outcome instanceof WorkflowConflictException conflict) {
                    Hearing now = (Hearing) conflict.current();
                    assertEquals(HearingStatus.DRAFTING, now.status());
                    assertEquals(1, now.version());
                } else if (outcome instanceof StaleVersionException) {
                    conflictsWithoutState++;
                } else {
                    assertTrue("a loser gets a conflict: " + outcome, outcome instanceof Hearing);
                }
            }
        }
        assertEquals("losers refused with a 400 instead of a 409", 0, refusedAsInvalid);
        assertEquals("losers told of a conflict without the state now", 0, conflictsWithoutState);
    }
}
