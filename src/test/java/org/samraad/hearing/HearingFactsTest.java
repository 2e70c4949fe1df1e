package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

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
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * Issue 15.3 on a real database: a hearing gets its creator as the responsible person, so the reminders reach
 * someone; the response page's "Edit hearing" changes the responsible person (typed as a username, resolved here, or
 * kept by the name shown), deadline, reference, summary and link and keeps everything else; the change of person and
 * deadline enters the hearing's history beside its steps and the response sent, each with who and when; the
 * permission, version and field-error rules of every mutation hold.
 */
public class HearingFactsTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String SECRETARY = "key-secretary";
    private static final Map<String, String> USERS =
            Map.of(EDITOR, "Edvin Editor", READER, "Rita Reader", SECRETARY, "Sara Sekretær");

    private FakeConfluence confluence;
    private HearingReads hearings;
    private HearingWorkflow workflow;
    private HearingHistory history;
    private Instant now = NOW;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        var plugin = plugin().confluence(confluence).users(USERS).clock(() -> now).start();
        hearings = plugin.get(HearingReads.class);
        workflow = plugin.get(HearingWorkflow.class);
        history = plugin.get(HearingHistory.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void aHearingRegisteredWithoutAResponsiblePersonGetsItsCreatorSoTheRemindersReachSomeone() {
        Hearing created = workflow.create(uds, input(null, null));
        assertEquals(EDITOR, created.responsibleUserKey());
        assertEquals("Edvin Editor", created.responsibleName());

        Hearing named = workflow.create(uds, new HearingInput("Høring", null, null, null, null, null, "2026-12-15",
                null, "Bo Uden Konto", null, null, null, null, null, null, null));
        assertNull("a person without an account, given, stays", named.responsibleUserKey());
        assertEquals("Bo Uden Konto", named.responsibleName());
    }

    @Test
    public void editingTheFactsChangesOnlyThemAndRecordsTheNewPersonAndDeadlineWithWhoAndWhen() {
        int id = workflow.create(uds, new HearingInput("Høring om natcafé", "Socialudvalget", "25-1", null, "Kort.",
                "2026-11-20", "2026-12-15", null, null, null, "Rådets udkast.", null, null, null, null, null,
                "18/19927")).id();
        assertEquals("the creator is responsible and the case number stays", "18/19927", hearings.get(id).caseNumber());
        now = NOW.plusSeconds(3600);

        Hearing edited = workflow.updateFacts(id, new HearingFacts("secretary", null, "2027-01-10", "25-1234",
                "Udkast til politik.\n\nAnden del.", "https://kommune.example/hoering", 0));

        assertEquals(SECRETARY, edited.responsibleUserKey());
        assertEquals("Sara Sekretær", edited.responsibleName());
        assertEquals("2027-01-10", edited.deadline().toString());
        assertEquals("25-1234", edited.reference());
        assertEquals("Udkast til politik.\n\nAnden del.", edited.summary());
        assertEquals("https://kommune.example/hoering", edited.url());
        assertEquals("the rest kept", "Høring om natcafé", edited.title());
        assertEquals("18/19927", edited.caseNumber());
        assertEquals("Socialudvalget", edited.issuingBody());
        assertEquals("2026-11-20", edited.receivedOn().toString());
        assertEquals("Rådets udkast.", edited.response());
        assertEquals(1, edited.version());

        List<HearingEvent> events = history.events(id);
        assertEquals(List.of("STEP", "RESPONSIBLE", "DEADLINE"), events.stream().map(HearingEvent::kind).toList());
        HearingEvent moved = events.get(2);
        assertEquals("2026-12-15/2027-01-10", moved.detail());
        assertEquals("Edvin Editor", moved.by());
        assertEquals(now, moved.at());
        assertEquals(HearingStatus.RECEIVED, moved.to());
        assertEquals("Edvin Editor", events.get(1).by());
    }

    @Test
    public void theNameShownKeepsThePersonAndAnUnchangedDeadlineIsNoEvent() {
        int id = workflow.create(uds, input("secretaryless", null)).id();
        Hearing shown = hearings.get(id);
        Hearing kept = workflow.updateFacts(id, new HearingFacts(shown.responsibleName(), null, "2026-12-15", null, null,
                null, 0));
        assertEquals(EDITOR, kept.responsibleUserKey());
        assertEquals("nothing but the intake", 1, history.events(id).size());

        Hearing byPicker = workflow.updateFacts(id, new HearingFacts("ignored when picked", SECRETARY, "2026-12-15",
                null, null, null, 1));
        assertEquals(SECRETARY, byPicker.responsibleUserKey());
        assertEquals(List.of("STEP", "RESPONSIBLE"), history.events(id).stream().map(HearingEvent::kind).toList());
    }

    @Test
    public void theHistoryShowsTheStepsAndTheResponseSentBesideTheFactChangesInOrder() {
        int id = workflow.create(uds, input(null, null)).id();
        int version = 0;
        for (String to : List.of("DRAFTING", "COUNCIL_REVIEW", "APPROVED")) {
            now = now.plusSeconds(60);
            version = workflow.transition(id, new HearingTransition(to, null, null, version)).version();
        }
        now = now.plusSeconds(60);
        version = workflow.updateFacts(id, new HearingFacts("Edvin Editor", null, "2026-12-20", null, null, null, version))
                .version();
        now = now.plusSeconds(60);
        workflow.transition(id, new HearingTransition("SUBMITTED", null, "2026-11-22", version));

        List<HearingEvent> events = history.events(id);
        assertEquals(List.of("STEP", "STEP", "STEP", "STEP", "DEADLINE", "STEP"),
                events.stream().map(HearingEvent::kind).toList());
        assertEquals(HearingStatus.SUBMITTED, events.get(5).to());
        assertEquals("2026-12-15/2026-12-20", events.get(4).detail());
        for (int i = 1; i < events.size(); i++) {
            assertTrue("oldest first", events.get(i).at().isAfter(events.get(i - 1).at()));
        }
    }

    @Test
    public void aReaderMayNotEditAStaleVersionIsRefusedAndEveryWrongFieldIsReported() {
        int id = workflow.create(uds, input(null, null)).id();
        confluence.actAs(READER);
        expect(ForbiddenException.class, () -> workflow.updateFacts(id,
                new HearingFacts("secretary", null, "2026-12-20", null, null, null, 0)));
        confluence.actAs(EDITOR);

        assertEquals(Set.of("responsible|samraad.hearing.error.responsible-unknown"), fields(expectValidation(() ->
                workflow.updateFacts(id, new HearingFacts("nobody-here", null, "2026-12-20", null, null, null, 0)))));
        assertEquals(Set.of("responsible|samraad.error.required"), fields(expectValidation(() ->
                workflow.updateFacts(id, new HearingFacts("  ", null, "2026-12-20", null, null, null, 0)))));
        assertEquals(Set.of("responsible|samraad.error.unknown-user"), fields(expectValidation(() ->
                workflow.updateFacts(id, new HearingFacts(null, "key-ghost", "2026-12-20", null, null, null, 0)))));
        for (String url : List.of("javascript:alert(1)", "ftp://kommune.example/x", "kommune.example/hoering",
                "data:text/html,<b>x</b>")) {
            assertEquals(url, Set.of("url|samraad.hearing.error.url"), fields(expectValidation(() ->
                    workflow.updateFacts(id, new HearingFacts("editor", null, "2026-12-20", null, null, url, 0)))));
        }
        Set<String> both = fields(expectValidation(() -> workflow.updateFacts(id,
                new HearingFacts("editor", null, "20. december", "x".repeat(300), null, null, null))));
        assertTrue(both.toString(), both.containsAll(Set.of("version|samraad.error.required")));
        assertTrue(both.toString(), both.stream().anyMatch(f -> f.startsWith("deadline|"))
                && both.stream().anyMatch(f -> f.startsWith("reference|")));
        assertEquals("nothing written", 0, hearings.get(id).version());
        assertEquals(1, history.events(id).size());

        workflow.updateFacts(id, new HearingFacts("editor", null, "2026-12-20", null, null, null, 0));
        expect(StaleVersionException.class, () -> workflow.updateFacts(id,
                new HearingFacts("secretary", null, "2026-12-21", null, null, null, 0)));
        assertEquals(EDITOR, hearings.get(id).responsibleUserKey());
        assertEquals("2026-12-20", hearings.get(id).deadline().toString());
    }

    private static HearingInput input(String title, String responsibleUserKey) {
        return new HearingInput(title == null ? "Høring" : title, null, null, null, null, null, "2026-12-15",
                responsibleUserKey, null, null, null, null, null, null, null, null);
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }
}
