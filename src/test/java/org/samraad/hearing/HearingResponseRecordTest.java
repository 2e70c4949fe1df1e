package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.samraad.testing.Refusals.expect;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * The council's response, its dissent and its easy-read summary live on the hearing record, and the record is
 * frozen once the council approved the response: changing a text is then a 409 naming each changed field, until
 * the response is reopened for drafting; a submitted response stays as it was sent. On HSQLDB and PostgreSQL.
 */
public class HearingResponseRecordTest extends AoTestSupport {
    private static final String EDITOR = "key-editor";
    private static final String RESPONSE = "Rådet støtter planen.\n\nRådet ønsker en natcafé.";
    private static final String DISSENT = "Et medlem ønsker flere væresteder.";
    private static final String EASY_READ = "Rådet siger ja til planen.";

    private HearingReads hearings;
    private HearingWorkflow workflow;
    private int uds;

    @Before
    public void setUp() {
        FakeConfluence confluence = new FakeConfluence().space("UDS").grant(EDITOR, Permission.EDIT, "UDS").actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(Map.of(EDITOR, "Edvin Editor"))
                .clock(() -> Instant.parse("2026-11-22T10:15:00Z")).start();
        hearings = plugin.get(HearingReads.class);
        workflow = plugin.get(HearingWorkflow.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void theResponseDissentAndEasyReadSummaryAreStoredOnTheHearingAndChangeWhileItIsDrafted() {
        int id = hearing();
        workflow.transition(id, move("DRAFTING", id));
        Hearing changed = workflow.update(id, texts("Ny tekst", null, "Kort", version(id)));
        assertEquals("Ny tekst", changed.response());
        assertEquals(null, changed.dissent());
        assertEquals("Kort", changed.easyRead());
        assertEquals(changed, hearings.get(id));
    }

    @Test
    public void anApprovedResponseRefusesEveryChangedTextWithAConflictNamingEachFieldAndWritesNothing() {
        int id = approved();
        int version = version(id);

        HearingResponseFrozenException refused = expect(HearingResponseFrozenException.class,
                () -> workflow.update(id, texts("Ændret svar", DISSENT + " Og et til.", null, version)));

        assertEquals(409, refused.status());
        assertEquals(Set.of("response|samraad.hearing.error.response-frozen",
                "dissent|samraad.hearing.error.response-frozen", "easyRead|samraad.hearing.error.response-frozen"),
                fields(refused));
        Hearing stored = hearings.get(id);
        assertEquals(RESPONSE, stored.response());
        assertEquals(DISSENT, stored.dissent());
        assertEquals(EASY_READ, stored.easyRead());
        assertEquals(version, stored.version());
    }

    @Test
    public void anApprovedResponseSentBackUnchangedLetsTheOtherFactsChange() {
        int id = approved();
        Hearing changed = workflow.update(id, new HearingInput("Høring om udsattepolitik", null, "25-99", null, null,
                null, "2026-12-15", null, null, null, RESPONSE, DISSENT, EASY_READ, null, null, version(id)));
        assertEquals("25-99", changed.reference());
        assertEquals(RESPONSE, changed.response());
    }

    @Test
    public void aResponseReopenedForDraftingChangesAgainAndIsFrozenAgainWhenApprovedAgain() {
        int id = approved();
        workflow.transition(id, move("DRAFTING", id));
        assertEquals("Nyt svar", workflow.update(id, texts("Nyt svar", DISSENT, EASY_READ, version(id))).response());

        workflow.transition(id, move("COUNCIL_REVIEW", id));
        workflow.transition(id, move("APPROVED", id));
        assertEquals(Set.of("response|samraad.hearing.error.response-frozen"), fields(expect(
                HearingResponseFrozenException.class,
                () -> workflow.update(id, texts("Tredje svar", DISSENT, EASY_READ, version(id))))));
        assertEquals("Nyt svar", hearings.get(id).response());
    }

    @Test
    public void aSubmittedResponseStaysAsItWasSentWhileTheFollowUpIsRecorded() {
        int id = approved();
        workflow.transition(id, new HearingTransition("SUBMITTED", null, null, version(id)));
        assertEquals(Set.of("easyRead|samraad.hearing.error.response-frozen"), fields(expect(
                HearingResponseFrozenException.class,
                () -> workflow.update(id, texts(RESPONSE, DISSENT, "Anden opsummering", version(id))))));

        Hearing followedUp = workflow.update(id, new HearingInput("Høring om udsattepolitik", null, null, null, null,
                null, "2026-12-15", null, null, null, RESPONSE, DISSENT, EASY_READ, "Byrådet lyttede.", null,
                version(id)));
        assertEquals("Byrådet lyttede.", followedUp.outcome());
        assertEquals(EASY_READ, followedUp.easyRead());
    }

    @Test
    public void aDeclinedHearingIsNoResponseAndItsTextsStillChange() {
        int id = hearing();
        workflow.transition(id, new HearingTransition("DECLINED", "Ikke relevant", null, version(id)));
        assertEquals("Noter", workflow.update(id, texts("Noter", null, null, version(id))).response());
    }

    @Test
    public void onlyAnApprovedOrSubmittedResponseIsFrozen() {
        for (HearingStatus status : HearingStatus.values()) {
            assertEquals(status.name(), status == HearingStatus.APPROVED || status == HearingStatus.SUBMITTED,
                    status.responseFrozen());
        }
    }

    // --- helpers

    private int hearing() {
        return workflow.create(uds, texts(RESPONSE, DISSENT, EASY_READ, null)).id();
    }

    private int approved() {
        int id = hearing();
        for (String step : List.of("DRAFTING", "COUNCIL_REVIEW", "APPROVED")) {
            workflow.transition(id, move(step, id));
        }
        return id;
    }

    private HearingTransition move(String to, int id) {
        return new HearingTransition(to, null, null, version(id));
    }

    private int version(int id) {
        return ao.get(HearingEntity.class, id).getVersion();
    }

    private static HearingInput texts(String response, String dissent, String easyRead, Integer version) {
        return new HearingInput("Høring om udsattepolitik", null, null, null, null, null, "2026-12-15", null, null, null,
                response, dissent, easyRead, null, null, version);
    }

    private static Set<String> fields(HearingResponseFrozenException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }
}
