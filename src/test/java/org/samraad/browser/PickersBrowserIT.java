package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.samraad.meeting.HostMeetings;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * Pickers, not typing (issue 15.7), in a real browser and by keyboard: the secretary names a presenter, an action's
 * owner and a dissenter from the council's member list, picks a bilag from the page's attachments and uploads one,
 * picks the council's publication page by its title, picks a person by typing part of the name, and chooses a
 * meeting and a council by name in the macro browser. The REST API is asked only to check what was stored.
 */
public class PickersBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";

    private final HttpApi api = SharedDevHost.api();
    private final HostMeetings meetings = new HostMeetings();
    private final String marker = "p" + UUID.randomUUID().toString().substring(0, 8);
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeTheMeetings() {
        meetings.removeAll();
    }

    @Test
    public void theSecretaryNamesPresenterOwnerAndDissenterFromTheMemberListByKeyboard() {
        int meeting = meetingWithOneItem();
        JsonNode members = api.get("secretary", API + "/councils/" + councilId + "/members").json().get("items");
        JsonNode presenter = member(members, "Jonas Bech");
        JsonNode dissenter = member(members, "Leila Nour");

        WebElement form = new AgendaOnPage(browser).edit("Budget " + marker);
        WebElement presenters = form.findElement(By.name("presenterMember"));
        waiting().until(d -> "true".equals(presenters.getAttribute("data-loaded")));
        assertEquals("the select is labelled", "Council member",
                form.findElement(By.cssSelector("label[for='" + presenters.getAttribute("id") + "']")).getText());
        presenters.sendKeys("Jonas Bech");
        assertEquals("Jonas Bech", new Select(presenters).getFirstSelectedOption().getText());
        WebElement dissenters = form.findElement(By.name("dissenterIds"));
        waiting().until(d -> "true".equals(dissenters.getAttribute("data-loaded")));
        dissenters.sendKeys("Leila Nour");
        assertEquals("Leila Nour", new Select(dissenters).getFirstSelectedOption().getText());
        new AgendaOnPage(browser).submit(form);

        JsonNode item = api.get("secretary", API + "/meetings/" + meeting + "/agenda").json().get("items").get(0);
        assertEquals("Jonas Bech", item.get("presenterName").asText());
        if (presenter.hasNonNull("userKey")) {
            assertEquals(presenter.get("userKey").asText(), item.get("presenterUserKey").asText());
        }
        assertEquals(dissenter.get("id").asInt(), item.get("dissenters").get(0).get("memberId").asInt());

        // the form opens again with the member chosen, by name
        WebElement again = new AgendaOnPage(browser).edit("Budget " + marker);
        WebElement reopened = again.findElement(By.name("presenterMember"));
        waiting().until(d -> "Jonas Bech".equals(new Select(reopened).getFirstSelectedOption().getText()));
        again.findElement(By.cssSelector("button.samraad-agenda-cancel")).click();

        // an action from the item, owned by a member picked by name
        WebElement li = new AgendaOnPage(browser).item("Budget " + marker);
        li.findElement(By.cssSelector("button.samraad-agenda-add-action")).click();
        WebElement action = waitVisible(By.cssSelector("form.samraad-agenda-action-form"));
        action.findElement(By.name("title")).sendKeys("Opfølgning " + marker);
        WebElement owners = action.findElement(By.name("ownerMember"));
        waiting().until(d -> "true".equals(owners.getAttribute("data-loaded")));
        owners.sendKeys("Leila Nour");
        action.findElement(By.name("title")).sendKeys(Keys.ENTER);
        waiting().until(gone(action));

        JsonNode stored = api.get("secretary", API + "/actions?councilId=" + councilId + "&meetingId=" + meeting)
                .json().get("items").get(0);
        assertEquals("Opfølgning " + marker, stored.get("title").asText());
        assertEquals(dissenter.get("id").asInt(), stored.get("ownerMemberId").asInt());
        api.delete("secretary", API + "/actions/" + stored.get("id").asInt());
    }

    @Test
    public void theSecretaryUploadsABilagAndPicksAnotherFromThePagesAttachments() throws IOException {
        int meeting = meetingWithOneItem();
        Path file = Files.createTempDirectory("samraad-bilag").resolve("Budgetnotat-" + marker + ".txt");
        Files.writeString(file, "Budget 2027", StandardCharsets.UTF_8);

        WebElement form = new AgendaOnPage(browser).edit("Budget " + marker);
        WebElement upload = form.findElement(By.cssSelector(".samraad-agenda-upload input[type=file]"));
        upload.sendKeys(file.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button.samraad-agenda-upload-button")).click();
        WebElement status = form.findElement(By.cssSelector(".samraad-agenda-upload-status"));
        waiting().until(d -> status.getText().contains("was uploaded"));
        WebElement picked = form.findElement(By.name("attachments[0].attachmentId"));
        assertEquals("Budgetnotat-" + marker + ".txt", new Select(picked).getFirstSelectedOption().getText());
        assertEquals("the new row is named after the file", "Budgetnotat-" + marker + ".txt",
                form.findElement(By.name("attachments[0].title")).getAttribute("value"));
        new AgendaOnPage(browser).submit(form);

        JsonNode item = api.get("secretary", API + "/meetings/" + meeting + "/agenda").json().get("items").get(0);
        JsonNode attachment = item.get("attachments").get(0);
        long pageAttachment = Long.parseLong(api.get("secretary", "/rest/api/content/" + meetingPage
                + "/child/attachment").json().get("results").get(0).get("id").asText().replace("att", ""));
        assertEquals(pageAttachment, attachment.get("attachmentId").asLong());

        // a second bilag: the same file picked from the page's attachments by keyboard, titled by the secretary
        WebElement again = new AgendaOnPage(browser).edit("Budget " + marker);
        waiting().until(d -> new Select(again.findElement(By.name("attachments[0].attachmentId")))
                .getFirstSelectedOption().getText().equals("Budgetnotat-" + marker + ".txt"));
        again.findElement(By.cssSelector("button.samraad-agenda-attachment-add")).click();
        again.findElement(By.name("attachments[1].title")).sendKeys("Bilag 2");
        again.findElement(By.name("attachments[1].attachmentId")).sendKeys("Budgetnotat");
        new AgendaOnPage(browser).submit(again);
        JsonNode both = api.get("secretary", API + "/meetings/" + meeting + "/agenda").json().get("items").get(0)
                .get("attachments");
        assertEquals(2, both.size());
        assertEquals(pageAttachment, both.get(1).get("attachmentId").asLong());
        assertEquals("Bilag 2", both.get(1).get("title").asText());
    }

    @Test
    public void theSecretaryPicksThePublicationPageByItsTitle() {
        String target = createPage("secretary", "Offentlige referater " + marker, "<p>Referater</p>");
        long targetId = pageId(target);
        createPage("secretary", "Rådet " + marker,
                "<ac:structured-macro ac:name=\"samraad-council\" ac:schema-version=\"1\"/>");
        WebElement form = openSettings();
        WebElement field = form.findElement(By.name("publicationPage"));
        assertEquals("the field is labelled", "Publication page",
                form.findElement(By.cssSelector("label[for='" + field.getAttribute("id") + "']")).getText());
        Pickers.pick(browser, field, "referater " + marker.substring(0, 4), "Offentlige referater " + marker);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));
        assertEquals(targetId, api.get("secretary", API + "/councils/" + councilId).json()
                .get("publicationPageId").asLong());

        // shown by its title next time; emptied, the council has no publication page again
        WebElement again = openSettings();
        WebElement shown = again.findElement(By.name("publicationPage"));
        waiting().until(d -> shown.getAttribute("value").equals("Offentlige referater " + marker));
        shown.sendKeys(Keys.ESCAPE);
        assertEquals("", shown.getAttribute("value"));
        again.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(again));
        assertTrue(api.get("secretary", API + "/councils/" + councilId).json().get("publicationPageId").isNull());
    }

    @Test
    public void aPersonIsPickedByTypingPartOfTheNameAndTheListIsAnAccessibleCombobox() {
        createPage("secretary", "Opgaver " + marker,
                "<ac:structured-macro ac:name=\"samraad-actions\" ac:schema-version=\"1\"/>");
        WebElement form = ActionRows.openAdd(browser);
        WebElement owner = form.findElement(By.name("ownerUser"));
        assertEquals("combobox", owner.getAttribute("role"));
        assertEquals("list", owner.getAttribute("aria-autocomplete"));
        assertEquals("false", owner.getAttribute("aria-expanded"));
        owner.sendKeys("rit");
        WebElement list = browser.findElement(By.id(owner.getAttribute("aria-controls")));
        waiting().until(ExpectedConditions.visibilityOf(list));
        assertEquals("true", owner.getAttribute("aria-expanded"));
        assertEquals("Rita Læser", list.findElement(By.cssSelector("[role=option]")).getText());
        owner.sendKeys(Keys.ESCAPE);
        assertEquals("Escape closes the list", "false", owner.getAttribute("aria-expanded"));
        Pickers.pickUser(browser, owner, "reader");
        form.findElement(By.name("title")).sendKeys("Ring til " + marker);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));

        JsonNode stored = api.get("secretary", API + "/actions?councilId=" + councilId + "&limit=500").json()
                .get("items");
        JsonNode action = null;
        for (JsonNode candidate : stored) {
            if (candidate.get("title").asText().equals("Ring til " + marker)) {
                action = candidate;
            }
        }
        assertEquals("the form sent the user key, never a username", "8a7f8081937c5a1e01937c5a1e3a0004",
                action.get("ownerUserKey").asText());
        api.delete("secretary", API + "/actions/" + action.get("id").asInt());
    }

    @Test
    public void theMacroBrowserOffersMeetingsAndCouncilsByName() {
        int meeting = meetings.create(councilId, "Møde " + marker, LocalDateTime.of(2026, 12, 1, 19, 0), null);
        String council = api.get(null, API + "/councils/" + councilId).json().get("name").asText();
        loginAs("secretary");
        browser.get(SharedDevHost.baseUrl() + "/pages/createpage.action?spaceKey=UDS");

        WebElement macro = browser.findElement(By.xpath("//details[.//code[text()='samraad-agenda']]"));
        macro.findElement(By.tagName("summary")).click();
        WebElement meetingField = macro.findElement(By.cssSelector("[data-parameter=meeting]"));
        assertEquals("a select, not a number field", "select", meetingField.getTagName());
        waiting().until(d -> new Select(meetingField).getOptions().stream()
                .anyMatch(o -> o.getText().startsWith("Møde " + marker)));
        meetingField.sendKeys("Møde " + marker);
        assertEquals(String.valueOf(meeting), new Select(meetingField).getFirstSelectedOption().getAttribute("value"));
        macro.findElement(By.cssSelector("button.insert-macro")).click();
        String body = browser.findElement(By.id("content-body")).getAttribute("value");
        assertTrue(body, body.contains("<ac:parameter ac:name=\"meeting\">" + meeting + "</ac:parameter>"));

        WebElement overview = browser.findElement(By.xpath("//details[.//code[text()='samraad-council']]"));
        overview.findElement(By.tagName("summary")).click();
        WebElement councilField = overview.findElement(By.cssSelector("[data-parameter=council]"));
        waiting().until(d -> new Select(councilField).getOptions().stream().anyMatch(o -> o.getText().equals(council)));
        new Select(councilField).selectByVisibleText(council);
        overview.findElement(By.cssSelector("button.insert-macro")).click();
        assertTrue(browser.findElement(By.id("content-body")).getAttribute("value")
                .contains("<ac:parameter ac:name=\"council\">" + councilId + "</ac:parameter>"));
    }

    private long meetingPage;

    /** A meeting page with the agenda macro and one item, open in the browser as the secretary. */
    private int meetingWithOneItem() {
        String page = createPage("secretary", "Møde " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\"/>");
        meetingPage = pageId(page);
        int meeting = meetings.create(councilId, "Møde " + marker, LocalDateTime.of(2026, 12, 1, 19, 0), meetingPage);
        HttpApi.Reply created = api.postJson("secretary", API + "/meetings/" + meeting + "/agenda", JsonNodeFactory
                .instance.objectNode().put("title", "Budget " + marker).put("kind", "DECISION").toString());
        assertEquals(created.text(), 201, created.status());
        browser.get(page);
        return meeting;
    }

    private WebElement openSettings() {
        WebElement toggle = waitVisible(By.cssSelector("button.samraad-council-settings-toggle"));
        toggle.click();
        return waitVisible(By.cssSelector("form.samraad-council-settings"));
    }

    private static JsonNode member(JsonNode members, String name) {
        for (JsonNode member : members) {
            if (member.get("displayName").asText().equals(name)) {
                return member;
            }
        }
        throw new AssertionError("no member " + name);
    }

    private static long pageId(String url) {
        return Long.parseLong(url.replaceAll(".*[?&]pageId=(\\d+).*", "$1"));
    }
}
