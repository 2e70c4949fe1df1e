package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.After;
import org.junit.Test;
import org.samraad.testing.FormSession;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The hearing response blueprint through the dev host's create-from-blueprint flow over HTTP, as the secretary in
 * the demo space UDS: the wizard registers the hearing, linked to the new page, whose hearing macro shows it.
 */
public class HearingBlueprintIT {
    private static final String API = "/rest/samraad/1.0";
    private final HttpApi api = SharedDevHost.api();
    private Integer created;

    @After
    public void removeTheHearing() {
        if (created != null) {
            api.delete("secretary", API + "/hearings/" + created);
        }
    }

    @Test
    public void theWizardRegistersTheHearingAndTheNewPageShowsIt() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("samraadBlueprint", "hearing-response");
        form.put("title", "Høring om <b>hjemløsestrategi</b> 2099");
        form.put("issuingBody", "Social- og Sundhedsudvalget");
        form.put("reference", "99-4711");
        form.put("receivedOn", "2026-11-02");
        form.put("deadline", "2099-01-31");

        HttpResponse<String> page = new FormSession("secretary").createFromBlueprint("UDS", "hearing-response-create-item", form);

        assertEquals(page.body(), 302, page.statusCode());
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        JsonNode hearing = api.get(null, API + "/councils/" + councilId + "/hearings?year=2099").json().get("items").get(0);
        created = hearing.get("id").asInt();
        assertEquals("Høring om <b>hjemløsestrategi</b> 2099", hearing.get("title").asText());
        assertEquals("99-4711", hearing.get("reference").asText());
        assertEquals("RECEIVED", hearing.get("status").asText());
        assertFalse(hearing.get("pageId").isNull());

        String view = api.get("secretary", page.headers().firstValue("Location").orElseThrow()).text();
        assertTrue(view, view.contains("section class=\"samraad samraad-hearing\""));
        assertTrue(view, view.contains("Høring om &lt;b&gt;hjemløsestrategi&lt;/b&gt; 2099"));
        assertFalse(view, view.contains("<b>hjemløsestrategi</b>"));
        assertTrue("the workflow form for the secretary", view.contains("samraad-hearing-form samraad-hearing-move\""));
        String readerView = api.get("reader", page.headers().firstValue("Location").orElseThrow()).text();
        assertFalse(readerView.contains("samraad-hearing-move"));
    }

    @Test
    public void aWizardWithoutADeadlineCreatesThePageButNoHearing() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("samraadBlueprint", "hearing-response");
        form.put("title", "Høring uden frist 2098");
        HttpResponse<String> page = new FormSession("secretary").createFromBlueprint("UDS", "hearing-response-create-item", form);

        assertEquals(page.body(), 302, page.statusCode());
        String view = api.get("secretary", page.headers().firstValue("Location").orElseThrow()).text();
        assertTrue(view, view.contains("samraad-hearing-none"));
    }
}
