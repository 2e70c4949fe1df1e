package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samraad.council.CouncilZone;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * A plan for a city district built with its actors, as the administration's note to the social committee describes
 * it (seed 001, with invented names): five target groups and three dimensions, 27 actors, eight of them already
 * heard in focus groups, the police as a bilateral negotiation, the local committee as a series of meetings, the
 * contact committee invited to send ideas, the administrations in their directors' forum. The secretary makes the
 * page from the "Involvement process" blueprint in the browser; the coverage matrix then says in words the one gap
 * that remains, and who is still expected to fill it. A hostile finding stays text.
 */
public class InvolvementBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "<img src=x onerror=\"window.__samraad_xss=1\"> Flere sovepladser & 'ro'";
    private static final String[] GROUPS = {"Borgere med misbrug", "Borgere med psykiatriske problemstillinger",
            "Hjemløse", "Borgere uden lovligt ophold", "Prostituerede"};
    private static final String[] DIMENSIONS = {"Den individuelle indsats", "Mindskelse af gener for lokalområdet",
            "Koordinering og samarbejde"};

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> created = new ArrayList<>();
    private final LocalDate today = LocalDate.now(CouncilZone.COPENHAGEN);
    private int councilId;
    private int[] groups;
    private int[] dimensions;

    @Before
    public void setUpTheProcess() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        for (JsonNode actor : api.get("secretary", actorsPath()).json().get("items")) {
            api.delete("secretary", API + "/involvement/actors/" + actor.get("id").asInt());
        }
        int version = api.get(null, settingsPath()).json().get("version").asInt();
        ObjectNode body = JSON.createObjectNode().put("deadline", today.plusDays(23).toString()).put("version", version);
        ArrayNode groupList = body.putArray("targetGroups");
        for (String group : GROUPS) {
            groupList.addObject().put("name", group);
        }
        ArrayNode dimensionList = body.putArray("dimensions");
        for (String dimension : DIMENSIONS) {
            dimensionList.addObject().put("name", dimension);
        }
        body.putArray("responsibleUserKeys");
        HttpApi.Reply saved = api.putJson("secretary", settingsPath(), body.toString());
        assertEquals(saved.text(), 200, saved.status());
        groups = ids(saved.json().get("targetGroups"));
        dimensions = ids(saved.json().get("dimensions"));
    }

    @After
    public void removeTheActors() {
        for (int id : created) {
            api.delete("secretary", API + "/involvement/actors/" + id);
        }
    }

    @Test
    public void aDistrictPlansInvolvementOfTwentySevenActorsAndTheCoverageShowsTheGapThatRemains() {
        int organisation = api.get(null, API + "/organisations?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        // eight actors already heard in focus groups, between them covering all but one pair
        held("Beboere i Vestby", new int[] {0, 1, 2}, new int[] {1}, HOSTILE);
        held("Herbergets Hus", new int[] {0, 2}, new int[] {0, 2}, "Natpladser mangler.");
        held("Nattjenesten Lyset", new int[] {0, 1, 2}, new int[] {0}, "Flere samtaler om natten.");
        held("Husly for kvinder", new int[] {4, 0}, new int[] {0, 2}, "Et sted at sove i fred.");
        held("Pigeværkstedet", new int[] {4}, new int[] {0, 1}, "Tryghed på gaden.");
        held("Gadeholdet", new int[] {2, 3}, new int[] {0}, "Opsøgende arbejde virker.");
        held("Gadeadvokaterne", new int[] {3, 2}, new int[] {0, 2}, "Retshjælp uden ophold.");
        held("Boligteamet for hjemløse", new int[] {2, 1}, new int[] {0, 2}, "Boliger først.");
        // the rest of the first list, mostly at the actors' own place, some by telephone
        actor(null, organisation, "AGREED", 4, new int[] {0}, new int[] {0}, "INTERVIEW_ON_SITE");
        for (String name : new String[] {"Værestedet Lærkegade", "Helserummet Vestby", "Nattehjælpen",
                "Institutionerne i Slagterbyen", "Samtalehuset", "Grønlænderhuset Nuna", "Kaffestuen Qaqqaq",
                "Fristedet Klinten"}) {
            actor(name, null, "AGREED", 6, new int[] {}, new int[] {}, "INTERVIEW_ON_SITE");
        }
        for (String name : new String[] {"Dugnad Vestby", "Hoteller i Vestby", "Gadeidræt Vestby",
                "Erhverv og caféer i Vestby"}) {
            actor(name, null, "TO_CONTACT", 9, new int[] {}, new int[] {}, "PHONE_INTERVIEW");
        }
        // coordination: the police bilaterally, the administrations' directors' forum, the psychiatry, the contact
        // committee invited to send ideas, and the local committee in a series of meetings
        actor("Politikredsen Vestby", null, "AGREED", 10, new int[] {0, 3}, new int[] {1, 2}, "BILATERAL");
        actor("Forvaltningernes direktørforum", null, "AGREED", 12, new int[] {}, new int[] {2}, "FORUM_MEETING");
        actor("Regionens psykiatri", null, "TO_CONTACT", 14, new int[] {1}, new int[] {2}, "FORUM_MEETING");
        actor("Sundhedshuset Vestby", null, "NO_ANSWER", 0, new int[] {}, new int[] {}, "INTERVIEW_ON_SITE");
        actor("Kontaktudvalget for frivilligt socialt arbejde", null, "TO_CONTACT", 15, new int[] {},
                new int[] {2}, "WRITTEN_INPUT");
        actor("Lokaludvalget i Vestby", null, "AGREED", 3, new int[] {0, 1, 2}, new int[] {1, 2}, "MEETING_SERIES");
        assertEquals(27, created.size());

        loginAs("secretary");
        browser.get(SharedDevHost.baseUrl() + "/plugins/createcontent/init.action?spaceKey=UDS");
        browser.findElement(By.linkText("Involvement process")).click();
        WebElement wizard = browser.findElement(By.cssSelector("form.blueprint-wizard"));
        wizard.findElement(By.id("samraad-involvement-title")).sendKeys(
                "Samlet plan for Vestby – inddragelse " + UUID.randomUUID().toString().substring(0, 8));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                wizard.findElement(By.id("samraad-involvement-deadline")), today.plusDays(23).toString());
        wizard.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("viewpage.action"));
        String page = browser.getCurrentUrl();

        WebElement status = waitVisible(By.cssSelector("section.samraad-involvement-status"));
        assertTrue(status.getText(), status.getText().contains("27 actors: 8 heard, 18 still to be heard. 23 days to the deadline"));
        assertEquals("Held (8)", status.findElement(By.cssSelector("h3[data-status=HELD]")).getText());
        assertTrue(line(status, "Politikredsen Vestby").contains("Bilateral negotiation"));
        assertTrue(line(status, "Lokaludvalget i Vestby").contains("Series of meetings"));
        assertTrue(line(status, "Kontaktudvalget for frivilligt socialt arbejde").contains("Ideas sent in writing"));
        assertTrue(line(status, "Forvaltningernes direktørforum").contains("Meeting in a forum"));
        assertNoScriptRan();

        WebElement coverage = browser.findElement(By.cssSelector("section.samraad-involvement-coverage"));
        assertEquals("Who told us about each target group, by dimension",
                coverage.findElement(By.tagName("caption")).getText());
        assertEquals(6, coverage.findElements(By.cssSelector("th[scope=col]")).size());
        assertEquals(3, coverage.findElements(By.cssSelector("tbody th[scope=row]")).size());
        List<WebElement> gaps = coverage.findElements(By.cssSelector("td.samraad-involvement-gap"));
        assertEquals(1, gaps.size());
        assertEquals("No one has told us about “Borgere uden lovligt ophold” under “Mindskelse af gener for "
                + "lokalområdet” yet. Expected from Politikredsen Vestby.", gaps.get(0).getText());
        assertTrue(coverage.getText().contains("1 of 15 pairs of dimension and target group has not been covered yet."));

        WebElement timeline = browser.findElement(By.cssSelector("section.samraad-involvement-timeline"));
        assertEquals(27, timeline.findElements(By.cssSelector("tbody tr")).size());
        assertEquals("the earliest first: a focus group held before", "Beboere i Vestby",
                timeline.findElement(By.cssSelector("tbody tr th")).getText());
        assertTrue(timeline.getAttribute("textContent").contains("Not yet planned"));

        WebElement heard = browser.findElement(By.cssSelector("section.samraad-involvement-heard"));
        assertEquals(8, heard.findElements(By.tagName("article")).size());
        assertTrue(heard.getText().contains(HOSTILE));
        assertNoScriptRan();

        // the headings make one outline: the page's, then each view's h2, then its h3s
        for (WebElement section : browser.findElements(By.cssSelector("section.samraad-involvement"))) {
            assertEquals(1, section.findElements(By.tagName("h2")).size());
            assertEquals(section.getAttribute("id") + "-heading", section.getAttribute("aria-labelledby"));
        }
        String csv = browser.findElement(By.cssSelector("a.samraad-involvement-csv")).getAttribute("href");
        assertTrue(csv, csv.endsWith(API + "/councils/" + councilId + "/involvement.csv"));

        loginAs(null);
        browser.get(page);
        assertFalse("readers see the same process", browser.findElement(By.cssSelector(
                "section.samraad-involvement-coverage td.samraad-involvement-gap")).getText().isBlank());
    }

    private void held(String name, int[] groupIndexes, int[] dimensionIndexes, String findings) {
        ObjectNode body = body(name, null, "HELD", groupIndexes, dimensionIndexes, "FOCUS_GROUP")
                .put("heldOn", today.minusDays(40 - created.size()).toString()).put("findings", findings)
                .put("easyRead", "Vi talte med " + name + ".");
        create(body);
    }

    private void actor(String name, Integer organisation, String status, int inDays, int[] groupIndexes,
            int[] dimensionIndexes, String form) {
        ObjectNode body = body(name, organisation, status, groupIndexes, dimensionIndexes, form);
        if (inDays > 0) {
            body.put("plannedOn", today.plusDays(inDays).toString());
        }
        create(body);
    }

    private ObjectNode body(String name, Integer organisation, String status, int[] groupIndexes,
            int[] dimensionIndexes, String form) {
        ObjectNode body = JSON.createObjectNode().put("status", status);
        if (name != null) {
            body.put("name", name);
        } else {
            body.put("organisationId", organisation);
        }
        body.putArray("forms").add(form);
        ArrayNode groupIds = body.putArray("targetGroupIds");
        for (int index : groupIndexes) {
            groupIds.add(groups[index]);
        }
        ArrayNode dimensionIds = body.putArray("dimensionIds");
        for (int index : dimensionIndexes) {
            dimensionIds.add(dimensions[index]);
        }
        return body;
    }

    private void create(ObjectNode body) {
        HttpApi.Reply reply = api.postJson("member", actorsPath(), body.toString());
        assertEquals(reply.text(), 201, reply.status());
        created.add(reply.json().get("id").asInt());
    }

    private static String line(WebElement section, String title) {
        return section.findElement(By.xpath(".//li[.//strong[normalize-space()='" + title + "']]")).getText();
    }

    private String settingsPath() {
        return API + "/councils/" + councilId + "/involvement/settings";
    }

    private String actorsPath() {
        return API + "/councils/" + councilId + "/involvement/actors";
    }

    private static int[] ids(JsonNode topics) {
        int[] ids = new int[topics.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = topics.get(i).get("id").asInt();
        }
        return ids;
    }

    private void assertNoScriptRan() {
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
    }
}
