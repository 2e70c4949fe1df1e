package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.scheduler.status.RunOutcome;
import com.atlassian.sal.api.user.UserKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.DBParam;
import org.junit.Test;
import org.samraad.devhost.DevHost;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/** The privacy actions through the running plugin: REST access rules, the scheduled job and the user-removed event. */
public class PrivacyRestIT {
    private static final String READER_KEY = "8a7f8081937c5a1e01937c5a1e3a0004";
    private final DevHost host = SharedDevHost.host();
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void aSpaceAdministratorErasesAPersonAndOthersMayNot() {
        int memberId = member("Erik Eksempel", null, null);
        String body = "{\"memberId\":" + memberId + "}";

        assertEquals(401, api.postJson(null, "/rest/samraad/1.0/privacy/erasures", body).status());
        assertEquals(403, api.postJson("member", "/rest/samraad/1.0/privacy/erasures", body).status());
        assertEquals("Erik Eksempel", read(memberId).getName());

        Reply erased = api.postJson("secretary", "/rest/samraad/1.0/privacy/erasures", body);
        assertEquals(erased.text(), 200, erased.status());
        assertEquals(1, erased.json().get("memberships").asInt());
        assertNull(read(memberId).getName());
    }

    @Test
    public void erasureInputIsValidated() {
        Reply missing = api.postJson("secretary", "/rest/samraad/1.0/privacy/erasures", "{}");
        assertEquals(400, missing.status());
        assertEquals("memberId", missing.json().get("errors").get(0).get("field").asText());
        assertEquals(404, api.postJson("secretary", "/rest/samraad/1.0/privacy/erasures", "{\"memberId\":999999}").status());
    }

    @Test
    public void aSpaceAdministratorExportsEverythingHeldOnAPersonAndOthersMayNot() {
        int memberId = member("Eva Eksport", null, null);
        int councilId = api.get(null, "/rest/samraad/1.0/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        Reply action = api.postJson("secretary", "/rest/samraad/1.0/actions", "{\"councilId\":" + councilId
                + ",\"title\":\"Skriv til kommunen\",\"ownerName\":\"Eva Eksport\",\"ownerMemberId\":" + memberId + "}");
        assertEquals(action.text(), 201, action.status());
        String path = "/rest/samraad/1.0/privacy/exports?memberId=" + memberId;
        try {
            assertEquals(401, api.get(null, path).status());
            assertEquals(403, api.get("member", path).status());
            assertEquals(403, api.get("reader", path).status());
            assertEquals(404, api.get("secretary", "/rest/samraad/1.0/privacy/exports?memberId=999999").status());
            assertEquals(400, api.get("secretary", "/rest/samraad/1.0/privacy/exports").status());

            Reply export = api.get("secretary", path);
            assertEquals(export.text(), 200, export.status());
            assertEquals("Eva Eksport", export.json().get("member").get("name").asText());
            assertEquals("UDS", export.json().get("spaceKey").asText());
            Set<String> references = new TreeSet<>();
            export.json().get("references").forEach(r -> references.add(r.get("table").asText() + "."
                    + r.get("column").asText() + "=" + r.get("rows").get(0).get("title").asText()));
            assertEquals(Set.of("ActionItem.ownerName=Skriv til kommunen",
                    "ActionItem.ownerMemberId=Skriv til kommunen"), references);
        } finally {
            api.delete("secretary", "/rest/samraad/1.0/actions/" + action.json().get("id").asInt());
        }
    }

    @Test
    public void onlyAdministratorsReachThePrivacySettings() {
        assertEquals(403, api.get("secretary", "/rest/samraad/1.0/privacy/settings").status());
        Reply settings = api.get("admin", "/rest/samraad/1.0/privacy/settings");
        assertEquals(200, settings.status());
        assertEquals(400, api.putJson("admin", "/rest/samraad/1.0/privacy/settings", "{\"anonymiseAfterDays\":1}").status());
    }

    @Test
    public void theScheduledJobAnonymisesTermsThatEndedLongAgo() {
        int ended = member("Gamle Gunnar", null, Date.from(Instant.now().minus(Duration.ofDays(800))));

        assertEquals(RunOutcome.SUCCESS, host.runJob("samraad-member-anonymisation").orElseThrow().getRunOutcome());

        assertNull(read(ended).getName());
        assertNotNull(read(ended).getAnonymisedAt());
    }

    @Test
    public void aRemovedConfluenceUserIsForgottenByThePlugin() {
        int membership = member(null, READER_KEY, null);
        ConfluenceUser reader = host.pluginBean(UserAccessor.class).getUserByKey(new UserKey(READER_KEY));

        host.publish(new UserRemoveEvent(this, reader));

        assertNull(read(membership).getUserKey());
        assertNotNull(read(membership).getAnonymisedAt());
    }

    private int member(String name, String userKey, Date termEnd) {
        int councilId = api.get(null, "/rest/samraad/1.0/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        return host.activeObjects().executeInTransaction(() -> host.activeObjects().create(MemberEntity.class,
                new DBParam("COUNCIL_ID", councilId), new DBParam("ROLE", "OBSERVER"), new DBParam("NAME", name),
                new DBParam("USER_KEY", userKey), new DBParam("TERM_END", termEnd))).getID();
    }

    private MemberEntity read(int id) {
        return host.activeObjects().find(MemberEntity.class, "ID = ?", id)[0];
    }
}
