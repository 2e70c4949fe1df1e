package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;
import org.samraad.testing.FormSession;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The "Action register" page blueprint through the dev host's create-content flow over HTTP, as a space editor of
 * the demo space UDS: the wizard offers it, the page is made from the content template, and it shows the open
 * actions by organisation, then all actions, both through the register macro of the space's council.
 */
public class ActionRegisterBlueprintIT {
    private static final String ITEM = "action-register-create-item";
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void aSpaceEditorCreatesAnActionRegisterPageWithOpenActionsByOrganisationThenAll() {
        FormSession member = new FormSession("member");
        String offers = member.get("/plugins/createcontent/wizard.action?spaceKey=UDS&itemKey=" + ITEM).body();
        assertTrue(offers, offers.contains("name=\"samraadBlueprint\" value=\"action-register\""));
        assertTrue(offers.contains("name=\"title\""));

        String title = "Opfølgning " + UUID.randomUUID().toString().substring(0, 8) + " <b>";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", FormSession.token(offers));
        form.put("spaceKey", "UDS");
        form.put("itemKey", ITEM);
        form.put("samraadBlueprint", "action-register");
        form.put("title", title);
        HttpResponse<String> created = member.post("/plugins/createcontent/create.action", form);

        assertEquals(created.body(), 302, created.statusCode());
        String view = api.get("reader", created.headers().firstValue("Location").orElseThrow()).text();
        assertTrue(view, view.contains("Opfølgning ") && view.contains(" &lt;b&gt;"));
        // the page is written in the Danish council's language, not its English-speaking creator's
        int open = view.indexOf(">Åbne opfølgningspunkter efter organisation</h2>");
        int all = view.indexOf(">Alle opfølgningspunkter</h2>");
        assertTrue(view, open > 0 && all > open);
        String openPart = view.substring(open, all);
        String allPart = view.substring(all);
        assertTrue(openPart.contains("section class=\"samraad samraad-actions\""));
        assertTrue("open and in progress, by organisation",
                openPart.contains(">Action items, sorted by organisation</caption>")
                        || openPart.contains("No action items match."));
        assertTrue(openPart.contains("actions.csv?councilId=") && openPart.contains("status=OPEN%2CIN_PROGRESS&amp;sort=organisation"));
        assertTrue(allPart.contains("status=OPEN%2CIN_PROGRESS%2CDONE%2CCANCELLED&amp;sort=updated"));
        assertFalse("no storage format leaks into the view", view.contains("at:i18n") || view.contains("ac:structured-macro"));
    }

    @Test
    public void readersCannotCreateTheRegisterPage() {
        FormSession reader = new FormSession("reader");
        HttpResponse<String> wizard = reader.get("/plugins/createcontent/wizard.action?spaceKey=UDS&itemKey=" + ITEM);
        assertTrue(String.valueOf(wizard.statusCode()), wizard.statusCode() == 403 || wizard.statusCode() == 404);
    }
}
