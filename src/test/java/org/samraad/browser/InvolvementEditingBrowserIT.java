package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samraad.council.CouncilZone;
import org.samraad.platform.ReaderDates;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The secretary keeps the involvement process in the page, with no REST call, typed id or user key: she adds an
 * actor (the staff member by username), corrects it in place, is told when a colleague changed it meanwhile, deletes
 * it, and renames a target group in the process settings; after each save the page says "Saved." and the focus is
 * on what changed. Only the set-up (a clean process) and the colleague's change go through the API.
 */
public class InvolvementEditingBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READER_KEY = "8a7f8081937c5a1e01937c5a1e3a0004";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(CouncilZone.COPENHAGEN);
    private int councilId;
    private int[] groups;

    @Before
    public void setUpAnEmptyProcess() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        removeTheActors();
        int version = api.get(null, settingsPath()).json().get("version").asInt();
        ObjectNode body = JSON.createObjectNode().put("deadline", today.plusDays(30).toString()).put("version", version);
        ArrayNode groupList = body.putArray("targetGroups");
        groupList.addObject().put("name", "Borgere med misbrug");
        groupList.addObject().put("name", "Hjemløse");
        body.putArray("dimensions").addObject().put("name", "Den individuelle indsats");
        body.putArray("responsibleUserKeys");
        HttpApi.Reply saved = api.putJson("secretary", settingsPath(), body.toString());
        assertEquals(saved.text(), 200, saved.status());
        JsonNode topics = saved.json().get("targetGroups");
        groups = new int[] {topics.get(0).get("id").asInt(), topics.get(1).get("id").asInt()};
    }

    @After
    public void removeTheActors() {
        for (JsonNode actor : api.get("secretary", actorsPath()).json().get("items")) {
            api.delete("secretary", API + "/involvement/actors/" + actor.get("id").asInt());
        }
    }

    @Test
    public void theSecretaryAddsChangesAndDeletesAnActorInThePage() {
        createPage("secretary", "Inddragelse " + marker, "<ac:structured-macro ac:name=\"samraad-involvement\" "
                + "ac:schema-version=\"1\"><ac:parameter ac:name=\"view\">status</ac:parameter></ac:structured-macro>");

        // add, by keyboard: a named actor, its form in words, the staff member by name; a missing form is said beside it
        KeyboardSteps keys = new KeyboardSteps(browser);
        keys.markPage();
        WebElement add = waitVisible(By.cssSelector("button.samraad-involvement-add-toggle"));
        keys.tabTo(add);
        keys.press(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-involvement-actor-form"));
        assertEquals("true", add.getAttribute("aria-expanded"));
        keys.assertFocused("the form's heading takes the focus",
                browser.findElement(By.id(form.getAttribute("aria-labelledby"))));
        Axe.assertNoFindings(browser, "the actor form open");
        keys.press(Keys.ESCAPE);
        waiting().until(d -> !form.isDisplayed());
        keys.assertFocused("Escape closes the form, the focus back on its button", add);
        keys.press(Keys.ENTER);
        waitVisible(By.cssSelector("form.samraad-involvement-actor-form"));
        JsonNode organisation = api.get(null, API + "/organisations?spaceKey=UDS").json().get("items").get(0);
        WebElement organisations = form.findElement(By.name("organisationId"));
        waiting().until(d -> count(organisations, "option[value='" + organisation.get("id").asInt() + "']") == 1);
        assertEquals("the directory's organisations by name", organisation.get("name").asText(), organisations
                .findElement(By.cssSelector("option[value='" + organisation.get("id").asInt() + "']")).getText());
        keys.tabTo(form.findElement(By.name("name")));
        keys.press("Værestedet " + marker);
        keys.choose(form.findElement(By.name("status")), "AGREED");
        setValue(form.findElement(By.name("plannedOn")), today.plusDays(5).toString());
        Pickers.pickUser(browser, form.findElement(By.name("staffUser")), "reader");
        keys.tabTo(form.findElement(By.name("contactName")));
        keys.press("Kim Kontakt");
        keys.tabTo(form.findElement(By.name("contactConsent")));
        keys.press(Keys.SPACE);
        keys.tabTo(form.findElement(By.cssSelector("input[name=targetGroup][value='" + groups[1] + "']")));
        keys.press(Keys.SPACE);
        keys.tabTo(form.findElement(By.cssSelector("button[type=submit]")));
        keys.press(Keys.ENTER);
        WebElement formsError = waitForText(By.cssSelector("form.samraad-involvement-actor-form [id$='-actor-forms-error']"));
        assertEquals("Choose at least one form of involvement.", formsError.getText());
        keys.tabTo(form.findElement(By.xpath(".//label[normalize-space()='Focus group']/input")));
        keys.press(Keys.SPACE);
        keys.tabTo(form.findElement(By.cssSelector("button[type=submit]")));
        keys.press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(gone(form));

        WebElement line = savedLine();
        assertTrue(line.getText(), line.getText().contains("Værestedet " + marker + " – Focus group, Planned "
                + ReaderDates.of(Locale.ENGLISH).day(today.plusDays(5))));
        assertTrue(line.getText(), line.getText().contains("Hjemløse"));
        JsonNode stored = onlyActor();
        assertEquals("the picked person became the user key", READER_KEY, stored.get("staffUserKey").asText());
        assertEquals("Kim Kontakt", stored.get("contactName").asText());

        // change in place: filled from the actor as it is; a held involvement needs its day, said beside the field
        WebElement change = line.findElement(By.cssSelector("button.samraad-involvement-change"));
        assertEquals("Change Værestedet " + marker, change.getAttribute("aria-label"));
        change.click();
        WebElement again = browser.findElement(By.cssSelector("form.samraad-involvement-actor-form"));
        waiting().until(d -> again.findElement(By.name("name")).getAttribute("value").equals("Værestedet " + marker));
        WebElement heading = browser.findElement(By.id(again.getAttribute("aria-labelledby")));
        assertEquals("Change an actor", heading.getText());
        assertEquals(heading, browser.switchTo().activeElement());
        assertTrue(again.findElement(By.cssSelector("input[name=targetGroup][value='" + groups[1] + "']")).isSelected());
        new Select(again.findElement(By.name("status"))).selectByValue("HELD");
        again.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement heldOn = again.findElement(By.name("heldOn"));
        assertEquals("Give the day the involvement was held.",
                waitForText(By.id(heldOn.getAttribute("id") + "-error")).getText());
        assertEquals("true", heldOn.getAttribute("aria-invalid"));
        setValue(heldOn, today.minusDays(1).toString());
        again.findElement(By.name("findings")).sendKeys("Flere sovepladser.");
        again.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(gone(again));

        line = savedLine();
        assertTrue(line.getText(), line.getText().contains("Held " + ReaderDates.of(Locale.ENGLISH).day(today.minusDays(1))));
        stored = onlyActor();
        assertEquals("HELD", stored.get("status").asText());
        assertEquals("the staff member is kept", READER_KEY, stored.get("staffUserKey").asText());
        keys.assertNotReloaded();
        int id = stored.get("id").asInt();

        // a colleague saves between opening and saving: a conflict, not an overwrite
        line.findElement(By.cssSelector("button.samraad-involvement-change")).click();
        WebElement third = browser.findElement(By.cssSelector("form.samraad-involvement-actor-form"));
        waiting().until(d -> third.findElement(By.name("findings")).getAttribute("value").equals("Flere sovepladser."));
        ObjectNode colleague = (ObjectNode) stored.deepCopy();
        colleague.put("findings", "Kollegas fund.").remove(java.util.List.of("id", "councilId", "title",
                "organisationName", "staffName", "contactHidden"));
        HttpApi.Reply theirs = api.putJson("secretary", API + "/involvement/actors/" + id, colleague.toString());
        assertEquals(theirs.text(), 200, theirs.status());
        third.findElement(By.name("findings")).sendKeys(" Og længere åbent.");
        third.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement status = waitForText(By.cssSelector("form.samraad-involvement-actor-form .samraad-form-status"));
        assertTrue(status.getText(), status.getText().contains("Someone else saved a change"));
        assertEquals(status, browser.switchTo().activeElement());
        assertEquals("Kollegas fund.", onlyActor().get("findings").asText());

        // delete, after a reload that shows the colleague's version
        browser.navigate().refresh();
        WebElement delete = waitVisible(By.cssSelector("li[data-actor-id='" + id + "'] button.samraad-involvement-delete"));
        assertEquals("Delete Værestedet " + marker, delete.getAttribute("aria-label"));
        InlineConfirmation.confirmAfterEscapeKeptIt(browser, InlineConfirmation.danger(delete),
                "Delete this actor from the involvement process?",
                "Yes, delete", "the involvement process");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(gone(delete));
        keys.assertAnnounced("Deleted.");
        keys.waitForFocusOn("button.samraad-involvement-add-toggle");
        assertEquals(404, api.get("secretary", API + "/involvement/actors/" + id).status());
    }

    @Test
    public void theSecretaryRenamesATargetGroupAndTheCoveredActorsFollow() {
        HttpApi.Reply actor = api.postJson("secretary", actorsPath(), JSON.createObjectNode().put("name", "Herberget "
                + marker).put("status", "TO_CONTACT").set("forms", JSON.createArrayNode().add("FOCUS_GROUP"))
                .toString().replace("}", ",\"targetGroupIds\":[" + groups[0] + "]}"));
        assertEquals(actor.text(), 201, actor.status());
        createPage("secretary", "Inddragelse " + marker, "<ac:structured-macro ac:name=\"samraad-involvement\" "
                + "ac:schema-version=\"1\"></ac:structured-macro>");

        waitVisible(By.cssSelector("button.samraad-involvement-settings-toggle")).click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-involvement-settings-form"));
        WebElement lines = form.findElement(By.name("targetGroups"));
        waiting().until(d -> lines.getAttribute("value").equals("Borgere med misbrug\nHjemløse"));
        lines.clear();
        lines.sendKeys("Borgere med rusmiddelproblemer\nHjemløse\nUnge");
        setValue(form.findElement(By.name("deadline")), today.plusDays(40).toString());
        form.findElement(By.name("responsibleUser")).sendKeys("nobody");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = waitForText(By.cssSelector("form.samraad-involvement-settings-form [id$='-responsibleUserKeys-error']"));
        assertEquals("Pick the person from the list that opens as you type part of the name.", error.getText());
        Pickers.pickUser(browser, form.findElement(By.name("responsibleUser")), "reader");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(gone(form));

        KeyboardSteps keys = new KeyboardSteps(browser);
        keys.assertAnnounced("Saved.");
        keys.waitForFocusOn("button.samraad-involvement-settings-toggle");
        JsonNode settings = api.get("secretary", settingsPath()).json();
        assertEquals(today.plusDays(40).toString(), settings.get("deadline").asText());
        JsonNode topics = settings.get("targetGroups");
        assertEquals(3, topics.size());
        assertEquals("the renamed group keeps its id", groups[0], topics.get(0).get("id").asInt());
        assertEquals("Borgere med rusmiddelproblemer", topics.get(0).get("name").asText());
        assertEquals(groups[1], topics.get(1).get("id").asInt());
        assertNotEquals(groups[0], topics.get(2).get("id").asInt());
        assertEquals(READER_KEY, settings.get("responsible").get(0).get("userKey").asText());
        String line = browser.findElement(By.xpath("//li[.//strong[normalize-space()='Herberget " + marker + "']]"))
                .getText();
        assertTrue(line, line.contains("Borgere med rusmiddelproblemer"));
        assertFalse(line, line.contains("Borgere med misbrug"));
    }

    /** The actor the page put the focus on after a save, with "Saved." in the live region. */
    private WebElement savedLine() {
        KeyboardSteps keys = new KeyboardSteps(browser);
        keys.assertAnnounced("Saved.");
        WebElement focused = keys.waitForFocusOn("li[data-actor-id]");
        assertEquals("li", focused.getTagName());
        assertTrue(focused.getText(), focused.getText().contains("Værestedet " + marker));
        return focused;
    }

    private JsonNode onlyActor() {
        JsonNode items = api.get("secretary", actorsPath()).json().get("items");
        assertEquals(1, items.size());
        return items.get(0);
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private String settingsPath() {
        return API + "/councils/" + councilId + "/involvement/settings";
    }

    private String actorsPath() {
        return API + "/councils/" + councilId + "/involvement/actors";
    }
}
