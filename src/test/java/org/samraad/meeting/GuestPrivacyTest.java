package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.PersonalDataEraser;
import org.samraad.council.PersonalDataExport;
import org.samraad.council.SpaceDataRemover;
import org.samraad.platform.Transactions;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * A meeting's guests under the plugin's privacy rules: erasing a person by name or by e-mail address takes the
 * guest rows that carry that name or address (other guests stay), the per-person export lists them, and a removed
 * space takes its meetings' guests with it.
 */
public class GuestPrivacyTest extends AoTestSupport {
    private static final String ADMIN = "key-admin";

    private TestPlugin plugin;
    private int council;
    private int meeting;

    @Before
    public void setUp() {
        plugin = plugin().confluence(new FakeConfluence().space("UDS").grant(ADMIN, Permission.ADMINISTER, "UDS")
                .grant(ADMIN, Permission.EDIT, "UDS").actAs(ADMIN)).users(Map.of(ADMIN, "Ada Admin")).start();
        council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
        meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", MeetingStatus.PLANNED.name()),
                new DBParam("STARTS_AT", Date.from(Instant.parse("2026-11-24T18:00:00Z"))),
                new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void erasingANamedPersonTakesTheGuestRowsWithTheirNameAndLeavesOtherGuests() {
        guest("Hanne Hemmelig", null);
        guest("Bo Byråd", "bo@nordby.dk");
        MemberEntity member = member("Hanne Hemmelig", "hanne@example.org");

        plugin.get(PersonalDataEraser.class).erasePerson(member, new Date());

        assertEquals(List.of("Bo Byråd"), guestNames());
    }

    @Test
    public void erasingAPersonTakesTheGuestRowsWithTheirAddressWhateverTheNameOrCase() {
        guest("H. Hemmelig", "Hanne@Example.org");
        guest("Bo Byråd", "bo@nordby.dk");
        MemberEntity member = member("Hanne Hemmelig", "hanne@example.org");

        plugin.get(PersonalDataEraser.class).erasePerson(member, new Date());

        assertEquals(List.of("Bo Byråd"), guestNames());
    }

    @Test
    public void thePerPersonExportListsTheGuestRowsByNameAndByAddress() {
        guest("Hanne Hemmelig", null);
        guest("H. Hemmelig", "hanne@example.org");
        guest("Bo Byråd", "bo@nordby.dk");
        MemberEntity member = member("Hanne Hemmelig", "hanne@example.org");

        PersonalDataExport.Export export = plugin.get(PersonalDataExport.class).export(member.getID());

        List<Object> names = export.references().stream().filter(r -> r.table().equals("MeetingGuest"))
                .flatMap(r -> r.rows().stream()).map(row -> row.get("name")).distinct().toList();
        assertTrue(export.references().toString(), names.containsAll(List.of("Hanne Hemmelig", "H. Hemmelig")));
        assertEquals(2, names.size());
    }

    @Test
    public void aRemovedSpaceTakesItsMeetingsGuestsWithIt() {
        guest("Bo Byråd", "bo@nordby.dk");

        plugin.get(Transactions.class).inTransaction(() -> plugin.get(SpaceDataRemover.class).removeSpace("UDS"));

        assertEquals(0, ao.count(GuestEntity.class));
    }

    private void guest(String name, String email) {
        GuestEntity row = ao.create(GuestEntity.class, new DBParam("MEETING_ID", meeting), new DBParam("NAME", name));
        row.setEmail(email);
        row.save();
    }

    private MemberEntity member(String name, String email) {
        return ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("NAME", name),
                new DBParam("EMAIL", email), new DBParam("ROLE", "MEMBER"), new DBParam("VERSION", 0));
    }

    private List<String> guestNames() {
        return java.util.Arrays.stream(ao.find(GuestEntity.class)).map(GuestEntity::getName).sorted().toList();
    }
}
