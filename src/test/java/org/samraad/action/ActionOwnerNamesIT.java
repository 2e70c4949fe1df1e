package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.MemberEntity;
import org.samraad.devhost.DevHost;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Over HTTP against the dev host's demo council: an action owned by a member who has not consented to publication
 * (the seed's Leila Nour) names her to the space administrator and the council's insiders only; anonymous visitors,
 * readers and editors outside the council get "name not published" in the single action, the list, the CSV and the
 * history.
 */
public class ActionOwnerNamesIT {
    private static final String API = "/rest/samraad/1.0";
    private static final String NAME = "Leila Nour";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DevHost host = SharedDevHost.host();
    private final HttpApi api = SharedDevHost.api();
    private int councilId;
    private Integer actionId;

    @Before
    public void anActionOwnedByTheMemberWithoutConsent() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        int memberId = -1;
        for (JsonNode member : api.get("secretary", API + "/councils/" + councilId + "/members").json().get("items")) {
            if (NAME.equals(member.get("displayName").asText())) {
                memberId = member.get("id").asInt();
            }
        }
        assertTrue("the seed has a member without consent", memberId > 0);
        Reply created = api.postJson("secretary", API + "/actions", JSON.createObjectNode().put("councilId", councilId)
                .put("title", "Find et lokale til temadagen").put("ownerMemberId", memberId).put("ownerName", NAME)
                .toString());
        assertEquals(created.text(), 201, created.status());
        actionId = created.json().get("id").asInt();
        Reply changed = api.putJson("secretary", API + "/actions/" + actionId, JSON.createObjectNode()
                .put("title", "Find et lokale til temadagen").put("ownerMemberId", memberId).put("ownerName", NAME)
                .put("status", "IN_PROGRESS").put("version", 0).toString());
        assertEquals(changed.text(), 200, changed.status());
    }

    @After
    public void removeIt() {
        if (actionId != null) {
            api.delete("secretary", API + "/actions/" + actionId);
        }
    }

    @Test
    public void anonymousVisitorsReadersAndEditorsOutsideTheCouncilReadNameNotPublishedEverywhere() {
        // the demo user "member" edits the space and is the vice chair: as an observer she is an editor outside
        // the council's inner circle for this test
        MemberEntity vice = host.activeObjects().find(MemberEntity.class, "COUNCIL_ID = ? AND USER_KEY = ?",
                councilId, DemoUsers.MEMBER.getKey().getStringValue())[0];
        String role = vice.getRole();
        setRole(vice.getID(), "OBSERVER");
        try {
            assertHiddenTo(null, "reader", "member");
        } finally {
            setRole(vice.getID(), role);
        }
        Reply insider = api.get("member", API + "/actions/" + actionId);
        assertEquals("the vice chair again", NAME, insider.json().get("ownerName").asText());
    }

    private void setRole(int memberId, String role) {
        host.activeObjects().executeInTransaction(() -> {
            MemberEntity row = host.activeObjects().find(MemberEntity.class, "ID = ?", memberId)[0];
            row.setRole(role);
            row.save();
            return null;
        });
    }

    private void assertHiddenTo(String... outsiders) {
        for (String outsider : outsiders) {
            JsonNode action = api.get(outsider, API + "/actions/" + actionId).json();
            assertEquals("Member (name not published)", action.get("ownerName").asText());
            assertTrue(action.get("ownerNameHidden").asBoolean());
            for (String path : new String[] {"/actions/" + actionId, "/actions?councilId=" + councilId + "&limit=500",
                    "/actions.csv?councilId=" + councilId, "/actions/" + actionId + "/history", "/actions?limit=500"}) {
                Reply reply = api.getAccepting(outsider, API + path, "text/csv, application/json");
                assertEquals(path, 200, reply.status());
                assertFalse(outsider + " " + path, reply.text().contains(NAME));
            }
        }
    }

    @Test
    public void theSpaceAdministratorReadsTheName() {
        Reply csv = api.getAccepting("secretary", API + "/actions.csv?councilId=" + councilId, "text/csv");
        assertTrue(csv.status() + " " + csv.text(), csv.text().contains(NAME));
        Reply insider = api.get("secretary", API + "/actions/" + actionId);
        assertEquals(NAME, insider.json().get("ownerName").asText());
    }
}
