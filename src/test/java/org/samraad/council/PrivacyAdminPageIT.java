package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;

import java.util.Map;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.SharedDevHost;

/**
 * The anonymisation period's page in Confluence administration over HTTP: linked from the admin console's
 * configuration section, shown to Confluence administrators only (a space administrator is refused, as by the
 * API), and the setting's field errors in the reader's language.
 */
public class PrivacyAdminPageIT {
    private static final String PAGE = "/plugins/servlet/samraad/privacy";
    private static final String SETTINGS = "/rest/samraad/1.0/privacy/settings";
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void theAdminConsoleLinksToThePageAndOnlyConfluenceAdministratorsGetItsForm() {
        Reply console = api.get("admin", "/admin/console.action");
        assertEquals(200, console.status());
        assertTrue(console.text(), console.text().contains(
                "<a id=\"samraad-privacy-admin-link\" href=\"" + PAGE + "\">Samråd: privacy</a>"));
        assertEquals(403, api.get("secretary", "/admin/console.action").status());

        Reply page = api.get("admin", PAGE);
        assertEquals(200, page.status());
        assertTrue(page.text(), page.text().contains("<form class=\"aui top-label samraad-privacy-settings\""));
        assertTrue(page.text().contains("name=\"anonymiseAfterDays\" type=\"number\" min=\"30\" max=\"3650\" value=\""
                + api.get("admin", SETTINGS).json().get("anonymiseAfterDays").asInt() + "\""));
        assertTrue("decorated as an admin page", page.text().contains("<title>Samråd: anonymising former members - "));

        for (String user : new String[] {"secretary", "member", "reader"}) {
            Reply refused = api.get(user, PAGE);
            assertEquals(user, 403, refused.status());
            assertFalse(user, refused.text().contains("<form class=\"samraad-privacy-settings\""));
            assertTrue(refused.text().contains("Only Confluence administrators can change"));
        }
        Reply anonymous = api.get(null, PAGE);
        assertEquals(401, anonymous.status());
        assertFalse(anonymous.text().contains("anonymiseAfterDays"));
        assertEquals("the API refuses as the page does", 403,
                api.putJson("secretary", SETTINGS, "{\"anonymiseAfterDays\":400}").status());
    }

    @Test
    public void aWrongPeriodIsAFieldErrorInTheReadersLanguageAndChangesNothing() {
        int before = api.get("admin", SETTINGS).json().get("anonymiseAfterDays").asInt();
        // the maximum is written with the language's digit grouping (3,650 / 3.650 / 3 650)
        Map<String, String> messages = Map.of("en", "Choose between 30 and 3\\D?650 days\\.",
                "da", "Vælg mellem 30 og 3\\D?650 dage\\.", "sv", "Välj mellan 30 och 3\\D?650 dagar\\.");
        for (Map.Entry<String, String> language : messages.entrySet()) {
            Reply reply = HttpInLanguage.send(language.getKey(), "admin", "PUT", SETTINGS, "{\"anonymiseAfterDays\":10}");
            assertFieldErrors(reply, "anonymiseAfterDays");
            String message = reply.json().get("errors").get(0).get("message").asText();
            assertTrue(message, message.matches(language.getValue()));
        }
        assertEquals(before, api.get("admin", SETTINGS).json().get("anonymiseAfterDays").asInt());
    }
}
