package org.samraad.involvement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.PersonalDataEraser;
import org.samraad.council.PersonErasureService;
import org.samraad.council.PersonalDataExport;
import org.samraad.council.SpaceDataRemover;
import org.samraad.council.TextMention;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * The involvement process under the plugin's privacy rules: erasing a person clears them as an actor's contact, as
 * staff, as responsible and as who changed an actor (the actors stay), and names what we heard where it still
 * mentions them; the per-person export finds them; a removed space takes its processes, actors and history with it.
 */
public class InvolvementPrivacyTest extends AoTestSupport {
    private static final String ADMIN = "key-admin";
    private static final String STAFF = "key-staff";

    private TestPlugin plugin;
    private InvolvementActors actors;
    private InvolvementSettingsService settings;
    private int uds;

    @Before
    public void setUp() {
        FakeConfluence confluence = new FakeConfluence().space("UDS").grant(ADMIN, Permission.ADMINISTER, "UDS")
                .grant(ADMIN, Permission.EDIT, "UDS").grant(STAFF, Permission.EDIT, "UDS")
                .actAs(ADMIN);
        plugin = plugin().confluence(confluence).users(Map.of(ADMIN, "Ada Admin", STAFF, "Sune Sagsbehandler"))
                .clock(() -> InvolvementServiceTest.NOW).start();
        actors = plugin.get(InvolvementActors.class);
        settings = plugin.get(InvolvementSettingsService.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
        settings.update(uds, InvolvementServiceTest.example(0));
    }

    @Test
    public void erasingANamedPersonClearsThemAsAnActorsContactAndTheActorStays() {
        InvolvementActor actor = actors.create(uds, InvolvementServiceTest.actor("Værestedet").forms("FOCUS_GROUP")
                .contact("Hanne Hemmelig", true).email("hanne@example.org").build());
        MemberEntity member = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", uds),
                new DBParam("NAME", "Hanne Hemmelig"), new DBParam("ROLE", "MEMBER"), new DBParam("VERSION", 0));

        PersonalDataExport.Export export = plugin.get(PersonalDataExport.class).export(member.getID());
        assertTrue(export.references().toString(), export.references().stream()
                .anyMatch(r -> r.table().equals("InvolvementActor") && r.column().equals("contactName")));

        plugin.get(PersonalDataEraser.class).erasePerson(member, new Date());

        InvolvementActor after = actors.get(actor.id());
        assertNull(after.contactName());
        assertNull(after.contactEmail());
        assertFalse(after.contactConsent());
        assertEquals("Værestedet", after.title());
    }

    @Test
    public void anErasureNamesWhatWeHeardWhenItStillMentionsThePerson() {
        InvolvementActor actor = actors.create(uds, InvolvementServiceTest.actor("Værestedet").forms("FOCUS_GROUP")
                .status("HELD").heldOn("2026-10-01").findings("Hanne Hemmelig fortalte om natten.")
                .easyRead("Vi talte om natten.").build());
        MemberEntity member = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", uds),
                new DBParam("NAME", "Hanne Hemmelig"), new DBParam("ROLE", "MEMBER"), new DBParam("VERSION", 0));

        List<TextMention> mentions = plugin.get(PersonErasureService.class).erasePerson(member.getID()).mentions();

        assertEquals(List.of(new TextMention("involvement", actor.id(), null, null, "findings",
                "Involvement actor \"Værestedet\": what we heard")), mentions);
    }

    @Test
    public void aRemovedUserIsNoLongerStaffResponsibleOrWhoChangedAnActor() {
        plugin.actAs(STAFF);
        InvolvementActor actor = actors.create(uds, InvolvementServiceTest.actor("Politiet").forms("BILATERAL")
                .staff(STAFF).build());
        actors.update(actor.id(), InvolvementServiceTest.actor("Politiet").forms("BILATERAL").version(0).build());
        plugin.actAs(ADMIN);

        plugin.get(PersonalDataEraser.class).eraseUserKey(STAFF, new Date());

        assertNull(actors.get(actor.id()).staffUserKey());
        assertEquals(List.of(), settings.get(uds).responsible());
        for (InvolvementHistoryEntity change : ao.find(InvolvementHistoryEntity.class)) {
            assertNull(change.getChangedBy());
            assertFalse(STAFF.equals(change.getOldValue()) || STAFF.equals(change.getNewValue()));
        }
        assertEquals(2, ao.count(InvolvementHistoryEntity.class));
    }

    @Test
    public void aRemovedSpaceTakesItsProcessActorsAndHistoryWithIt() {
        actors.create(uds, InvolvementServiceTest.actor("Politiet").forms("BILATERAL").build());

        plugin.get(org.samraad.platform.Transactions.class).inTransaction(
                () -> plugin.get(SpaceDataRemover.class).removeSpace("UDS"));

        assertEquals(0, ao.count(InvolvementEntity.class));
        assertEquals(0, ao.count(InvolvementActorEntity.class));
        assertEquals(0, ao.count(InvolvementHistoryEntity.class));
    }
}
