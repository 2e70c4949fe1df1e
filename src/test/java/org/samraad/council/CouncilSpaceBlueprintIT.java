package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.Test;
import org.samraad.testing.FormSession;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The council space blueprint through the dev host's create-space flow over HTTP, as the secretary: the space is
 * created by the host, the council by the plugin's listener from the wizard's values, found through the REST API.
 */
public class CouncilSpaceBlueprintIT {
    private static final String ITEM = FormSession.COUNCIL_SPACE_ITEM;
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void theSecretaryCreatesACouncilSpaceAndItsCouncilIsSetUpFromTheWizard() {
        String key = uniqueKey("RAAD");
        FormSession secretary = new FormSession("secretary");
        String wizard = secretary.get("/spaces/createspace-start.action?itemKey=" + ITEM).body();
        assertTrue(wizard, wizard.contains("name=\"samraadBlueprint\" value=\"council-space\""));
        assertTrue(wizard.contains("name=\"councilName\""));

        HttpResponse<String> created = createSpace(secretary, key, "Dialogforum Vestby", "Dialogforum Vestby <øst>", "DIALOGUE_FORUM", false);

        assertEquals(created.body(), 302, created.statusCode());
        assertEquals("/display/" + key, created.headers().firstValue("Location").orElse(""));
        JsonNode items = api.get("secretary", "/rest/samraad/1.0/councils?spaceKey=" + key).json().get("items");
        assertEquals(1, items.size());
        assertEquals("Dialogforum Vestby <øst>", items.get(0).get("name").asText());
        assertEquals("DIALOGUE_FORUM", items.get(0).get("kind").asText());
        assertEquals(key, items.get(0).get("spaceKey").asText());

        HttpApi.Reply home = api.get("secretary", "/display/" + key);
        assertEquals(200, home.status());
        assertTrue(home.text(), home.text().contains("Dialogforum Vestby &lt;øst&gt;"));
        assertTrue(home.text().contains("section class=\"samraad samraad-council\""));
        assertFalse("no storage format leaks into the view", home.text().contains("at:i18n"));
        assertEquals("a space that is not public is hidden from anonymous", 404,
                api.get(null, "/rest/samraad/1.0/councils?spaceKey=" + key).status());
    }

    @Test
    public void aMemberListPageInTheNewSpaceKeepsTheCouncilTheSpaceAlreadyHas() {
        String key = uniqueKey("LIST");
        FormSession secretary = new FormSession("secretary");
        assertEquals(302, createSpace(secretary, key, "Råd med liste", "Rådet", "SOCIAL_COUNCIL", true).statusCode());
        int councilId = api.get(null, "/rest/samraad/1.0/councils?spaceKey=" + key).json().get("items").get(0).get("id").asInt();

        String wizard = secretary.get("/plugins/createcontent/wizard.action?spaceKey=" + key + "&itemKey=member-list-create-item").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", FormSession.token(wizard));
        form.put("spaceKey", key);
        form.put("itemKey", "member-list-create-item");
        form.put("samraadBlueprint", "member-list");
        form.put("title", "Medlemmer");
        form.put("councilName", "Et andet navn");
        form.put("councilKind", "OTHER");
        HttpResponse<String> page = secretary.post("/plugins/createcontent/create.action", form);

        assertEquals(page.body(), 302, page.statusCode());
        JsonNode items = api.get(null, "/rest/samraad/1.0/councils?spaceKey=" + key).json().get("items");
        assertEquals(1, items.size());
        assertEquals(councilId, items.get(0).get("id").asInt());
        assertEquals("Rådet", items.get(0).get("name").asText());
        String view = api.get(null, page.headers().firstValue("Location").orElseThrow()).text();
        assertTrue(view, view.contains("section class=\"samraad samraad-council\""));
    }

    @Test
    public void aBlankCouncilNameCreatesTheSpaceWithoutACouncilAndItsHomePageOffersTheSetUpForm() {
        String key = uniqueKey("BLANK");
        FormSession secretary = new FormSession("secretary");

        assertEquals(302, createSpace(secretary, key, "Råd uden navn", "  ", "SOCIAL_COUNCIL", false).statusCode());

        assertEquals(0, api.get("secretary", "/rest/samraad/1.0/councils?spaceKey=" + key).json().get("items").size());
        String home = api.get("secretary", "/display/" + key).text();
        assertTrue(home, home.contains("samraad-council-setup"));
    }

    @Test
    public void onlySpaceCreatorsReachTheCreateSpaceFlow() {
        assertEquals(403, api.get("member", "/spaces/createspace-start.action").status());
        assertEquals(403, api.get("reader", "/spaces/createspace-start.action").status());
        String list = api.get("secretary", "/spaces/createspace-start.action").text();
        assertTrue(list, list.contains("itemKey=" + ITEM));
    }

    private static String uniqueKey(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** The council space wizard filled in and submitted, as the create-space dialog does. */
    private static HttpResponse<String> createSpace(FormSession session, String key, String spaceName, String councilName,
            String kind, boolean isPublic) {
        return session.createCouncilSpace(key, spaceName, councilName, kind, isPublic);
    }
}
