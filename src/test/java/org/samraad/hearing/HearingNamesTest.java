package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * The people of a hearing (the responsible person, who moved it on) are named by the member list's rule: a member
 * without consent to publication is "name not published" to everyone but the council's insiders, in the register,
 * the single hearing, the macro's hearing and the workflow's events.
 */
public class HearingNamesTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final String SECRETARY = "key-secretary";
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String SHY = "key-shy";
    private static final Map<String, String> USERS = Map.of(SECRETARY, "Sara Sekretær", EDITOR, "Edvin Editor",
            READER, "Rita Reader", SHY, "Svend Stille");
    private static final String NOT_PUBLISHED = "Member (name not published)";

    private FakeConfluence confluence;
    private HearingReads hearings;
    private HearingWorkflow workflow;
    private HearingHistory history;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SHY, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.ADMINISTER, "UDS")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .actAs(SHY);
        TestPlugin plugin = plugin().confluence(confluence).users(USERS).clock(() -> NOW).start();
        hearings = plugin.get(HearingReads.class);
        workflow = plugin.get(HearingWorkflow.class);
        history = plugin.get(HearingHistory.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
        MemberEntity shy = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("ROLE", "MEMBER"),
                new DBParam("PUBLISH_CONSENT", false), new DBParam("VERSION", 0));
        shy.setUserKey(SHY);
        shy.save();
    }

    @Test
    public void aResponsibleMemberWithoutConsentAndHerMovesAreNamedToInsidersOnly() {
        Hearing hearing = workflow.create(uds, input(SHY, 0));
        workflow.transition(hearing.id(), new HearingTransition("DRAFTING", null, null, 0));

        for (String outsider : new String[] {null, READER, EDITOR}) {
            confluence.actAs(outsider);
            Hearing shown = hearings.get(hearing.id());
            assertEquals(NOT_PUBLISHED, shown.responsibleName());
            assertNull(shown.responsibleUserKey());
            assertEquals(NOT_PUBLISHED, hearings.register(uds, HearingFilter.all())
                    .items().get(0).responsibleName());
            assertEquals(NOT_PUBLISHED, hearings.shown(hearing.id(), null).orElseThrow().hearing().responsibleName());
            assertTrue(history.events(hearing.id()).stream().allMatch(e -> e.by().equals(NOT_PUBLISHED)));
        }
        for (String insider : new String[] {SECRETARY, SHY}) {
            confluence.actAs(insider);
            assertEquals("Svend Stille", hearings.get(hearing.id()).responsibleName());
            assertEquals(SHY, hearings.get(hearing.id()).responsibleUserKey());
            assertTrue(history.events(hearing.id()).stream().allMatch(e -> e.by().equals("Svend Stille")));
        }
    }

    @Test
    public void anEditorWhoSeesNoNameSavesTheHearingWithoutChangingTheResponsiblePerson() {
        Hearing hearing = workflow.create(uds, input(SHY, 0));
        confluence.actAs(EDITOR);
        Hearing shown = hearings.get(hearing.id());
        Hearing saved = workflow.update(hearing.id(), new HearingInput(shown.title(), null, null, null, null,
                "2026-11-01", "2026-12-15", null, shown.responsibleName(), null, null, null, null, "Godt", null, 0));
        assertEquals(NOT_PUBLISHED, saved.responsibleName());
        HearingEntity stored = ao.get(HearingEntity.class, hearing.id());
        assertEquals(SHY, stored.getResponsibleUserKey());
        assertNull(stored.getResponsibleName());
        assertFalse(saved.outcome() == null);
    }

    private static HearingInput input(String responsible, Integer version) {
        return new HearingInput("Høring om budget", null, null, null, null, "2026-11-01", "2026-12-15", responsible,
                null, null, null, null, null, null, null, version);
    }
}
