package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The member list macro in a real browser on the dev host: hostile data shown as text, nothing private for anonymous
 * readers, and the inline editing a space editor gets. Each test makes its own page and members (marked with a
 * unique marker) and removes the members afterwards.
 */
public class MembersBrowserIT extends BrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/samraad/1.0";
    private static final String HOSTILE =
            "<script>window.__samraad_xss=1</script><img src=x onerror=\"window.__samraad_xss=2\"> \"Åse\" & 'co'";
    private static final String HIDDEN = "Member (name not published)";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> seats = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void cleanUp() {
        for (JsonNode member : api.get("secretary", API + "/councils/" + councilId + "/members").json().get("items")) {
            if (member.path("name").asText("").contains(marker)) {
                api.delete("secretary", API + "/members/" + member.get("id").asInt());
            }
        }
        for (JsonNode seat : api.get("secretary", API + "/councils/" + councilId + "/seats").json().get("items")) {
            if (seats.contains(seat.get("id").asInt()) || seat.path("label").asText("").contains(marker)) {
                api.delete("secretary", API + "/seats/" + seat.get("id").asInt());
            }
        }
    }

    @Test
    public void hostileDataIsShownAsTextAndAnonymousReadersSeeNoContactDataOrUnpublishedNames() {
        int seat = seat(HOSTILE + " " + marker);
        member(member(HOSTILE + " " + marker, "MEMBER", true).put("seatId", seat));
        member(member("Hemmelig " + marker, "MEMBER", false).put("seatId", seat)
                .put("email", "hemmelig@nordby.example").put("phone", "+45 12 34 56 78").put("postalAddress", "Skjulte Vej 9"));
        String page = createPageWithTheMacro("secretary");

        for (String outsider : new String[] {null, "reader"}) {
            loginAs(outsider);
            browser.get(page);
            WebElement list = browser.findElement(By.cssSelector("section.samraad-members"));

            List<String> names = texts(list, "table.samraad-members-table tbody th[scope=row]");
            assertTrue(names.toString(), names.contains(HOSTILE + " " + marker));
            assertTrue(names.contains(HIDDEN));
            assertTrue(texts(list, "table.samraad-composition tbody th[scope=row]").contains(HOSTILE + " " + marker));
            assertEquals(0L, count(list, "script, img, form, button, iframe"));
            assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
            String source = browser.getPageSource();
            for (String secret : List.of("Hemmelig", "hemmelig@nordby.example", "12 34 56 78", "Skjulte Vej")) {
                assertFalse(outsider + " sees " + secret, source.contains(secret));
            }
            assertFalse(list.getText().contains("per diem"));
        }

        loginAs("member");
        browser.get(page);
        WebElement list = browser.findElement(By.cssSelector("section.samraad-members"));
        assertTrue("a serving council member sees the name", list.getText().contains("Hemmelig " + marker));
        assertTrue(list.getText().contains("hemmelig@nordby.example"));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
    }

    @Test
    public void exportedOutputIsTheSameStaticListWithoutControls() {
        member(member(HOSTILE + " " + marker, "MEMBER", true));
        String page = createPageWithTheMacro("secretary");

        browser.get(page + "&outputType=pdf");

        WebElement list = browser.findElement(By.cssSelector("section.samraad-members"));
        assertTrue(texts(list, "th[scope=row]").contains(HOSTILE + " " + marker));
        assertEquals(0L, count(list, "form, button, a.samraad-members-csv, script, img"));
        assertTrue(count(list, "table caption") >= 1);
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
    }

    @Test
    public void aSpaceEditorAddsChangesAndRemovesAMemberInTheList() {
        String page = createPageWithTheMacro("member");
        browser.get(page);

        WebElement add = waitVisible(By.cssSelector("section.samraad-members button.samraad-member-add"));
        add.click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-member-form"));
        WebElement name = form.findElement(By.name("name"));
        assertEquals("the form takes the focus", name, browser.switchTo().activeElement());
        name.sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !form.isDisplayed());
        assertEquals("Escape closes the form and gives the focus back", add, browser.switchTo().activeElement());

        add.sendKeys(Keys.ENTER);
        waitVisible(By.cssSelector("form.samraad-member-form"));
        name.sendKeys("Ny " + marker);
        new Select(form.findElement(By.name("role"))).selectByValue("SUBSTITUTE");
        WebElement email = form.findElement(By.name("email"));
        email.sendKeys("ikke en adresse");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement emailError = waitForText(By.id(email.getAttribute("id") + "-error"));
        assertEquals("true", email.getAttribute("aria-invalid"));
        assertTrue(email.getAttribute("aria-describedby").contains(emailError.getAttribute("id")));
        assertFalse(form.findElement(By.cssSelector(".samraad-form-status")).getText().isBlank());

        email.clear();
        email.sendKeys("ny@nordby.example");
        form.findElement(By.name("publishConsent")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(form));

        WebElement row = ourRow("Ny " + marker);
        assertTrue(row.getText().contains("ny@nordby.example"));
        row.findElement(By.cssSelector("button.samraad-member-edit")).click();
        WebElement editForm = waitVisible(By.cssSelector("form.samraad-member-form"));
        WebElement editName = editForm.findElement(By.name("name"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> editName.getAttribute("value").equals("Ny " + marker));
        assertEquals("SUBSTITUTE", editForm.findElement(By.name("role")).getAttribute("value"));
        editName.clear();
        editName.sendKeys("Omdøbt " + marker);
        editForm.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(editForm));

        WebElement renamed = ourRow("Omdøbt " + marker);
        InlineConfirmation.confirmAfterEscapeKeptIt(browser,
                InlineConfirmation.danger(renamed.findElement(By.cssSelector("button.samraad-member-remove"))),
                "Remove Omdøbt " + marker + " from the member list?", "Yes, remove", "the member list");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(renamed));
        assertFalse(browser.findElement(By.cssSelector("section.samraad-members")).getText().contains(marker));
    }

    @Test
    public void aSecretaryAddsAndChangesAMemberByKeyboardAloneToldWhatHappenedWithoutAReload() {
        String page = createPageWithTheMacro("secretary");
        browser.get(page);
        KeyboardSteps keys = new KeyboardSteps(browser);
        keys.markPage();

        WebElement add = waitVisible(By.cssSelector("section.samraad-members button.samraad-member-add"));
        assertTrue("a native AUI button", add.getAttribute("class").contains("aui-button"));
        keys.tabTo(add);
        keys.press(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-member-form"));
        assertTrue("an AUI form", form.getAttribute("class").contains("aui"));
        assertEquals("one primary button in the form", 1, count(form, ".aui-button-primary"));
        assertEquals("true", add.getAttribute("aria-expanded"));
        keys.assertFocused("the form takes the focus", form.findElement(By.name("name")));
        Axe.assertNoFindings(browser, "the member form open");
        keys.press(Keys.ESCAPE);
        waiting().until(d -> !form.isDisplayed());
        keys.assertFocused("Escape closes the form and gives the focus back", add);
        assertEquals("false", add.getAttribute("aria-expanded"));

        keys.press(Keys.ENTER);
        waitVisible(By.cssSelector("form.samraad-member-form"));
        keys.press("Ny " + marker);
        keys.tabTo(form.findElement(By.name("publishConsent")));
        keys.press(Keys.SPACE);
        keys.tabTo(form.findElement(By.cssSelector("button[type=submit]")));
        keys.press(Keys.ENTER);

        keys.assertAnnounced("Ny " + marker + " is added to the member list.");
        WebElement change = keys.waitForFocusOn("tr[data-member-id] .samraad-member-edit");
        assertEquals("the focus is on the new member's row", "Ny " + marker,
                change.findElement(By.xpath("ancestor::tr/th")).getText());

        keys.press(Keys.ENTER);
        WebElement editForm = waitVisible(By.cssSelector("form.samraad-member-form"));
        WebElement editName = editForm.findElement(By.name("name"));
        waiting().until(d -> editName.getAttribute("value").equals("Ny " + marker));
        keys.assertFocused("the filled form takes the focus", editName);
        Axe.assertNoFindings(browser, "a member's change form open");
        keys.replaceText("Omdøbt " + marker);
        keys.tabTo(editForm.findElement(By.cssSelector("button[type=submit]")));
        keys.press(Keys.ENTER);

        keys.assertAnnounced("The changes to Omdøbt " + marker + " are saved.");
        WebElement changed = keys.waitForFocusOn("tr[data-member-id] .samraad-member-edit");
        assertEquals("Omdøbt " + marker, changed.findElement(By.xpath("ancestor::tr/th")).getText());
        keys.assertNotReloaded();
    }

    @Test
    public void aSpaceEditorAddsASeatFillsItAndTheCompositionSaysSoInWords() {
        String page = createPageWithTheMacro("member");
        browser.get(page);

        WebElement addSeat = waitVisible(By.cssSelector("section.samraad-members button.samraad-seat-add"));
        addSeat.click();
        WebElement seatForm = waitVisible(By.cssSelector("form.samraad-seat-form"));
        assertEquals(seatForm.findElement(By.name("group")), browser.switchTo().activeElement());
        new Select(seatForm.findElement(By.name("group"))).selectByValue("MANAGEMENT");
        WebElement count = seatForm.findElement(By.name("requiredCount"));
        count.clear();
        count.sendKeys("0");
        seatForm.findElement(By.name("label")).sendKeys("Centerchef " + marker);
        seatForm.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement countError = waitForText(By.id(count.getAttribute("id") + "-error"));
        assertTrue(count.getAttribute("aria-describedby").contains(countError.getAttribute("id")));
        count.clear();
        count.sendKeys("1");
        seatForm.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(seatForm));

        WebElement seatRow = compositionRow("Centerchef " + marker);
        assertEquals("1 vacant seat", seatRow.findElement(By.cssSelector(".samraad-seat-status")).getAttribute("textContent").trim());
        assertEquals("the status is a lozenge", 1, count(seatRow, ".samraad-seat-status .aui-lozenge"));

        browser.findElement(By.cssSelector("section.samraad-members button.samraad-member-add")).click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-member-form"));
        form.findElement(By.name("name")).sendKeys("Chef " + marker);
        new Select(form.findElement(By.name("seatId"))).selectByVisibleText("Centerchef " + marker);
        form.findElement(By.name("publishConsent")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(form));

        assertEquals("Filled", compositionRow("Centerchef " + marker).findElement(By.cssSelector(".samraad-seat-status"))
                .getAttribute("textContent").trim());
        assertEquals("1 of 1", compositionRow("Centerchef " + marker).findElement(By.cssSelector(".samraad-filled-of")).getText());
    }

    @Test
    public void aSpaceAdministratorErasesAPersonAndSeesTheTextsThatStillNameThem() {
        String name = "Slet " + marker;
        HttpApi.Reply created = api.postJson("secretary", API + "/councils/" + councilId + "/members",
                member(name, "MEMBER", true).toString());
        assertEquals(created.text(), 201, created.status());
        int memberId = created.json().get("id").asInt();
        HttpApi.Reply action = api.postJson("secretary", API + "/actions", JsonNodeFactory.instance.objectNode()
                .put("councilId", councilId).put("title", "Opfølgning " + marker).put("ownerName", "Kommunen")
                .put("progressNote", "Talt med " + name + " om sagen").toString());
        assertEquals(action.text(), 201, action.status());
        try {
            String page = createPageWithTheMacro("secretary");
            loginAs("member");
            browser.get(page);
            assertEquals("only space administrators erase", 0, ourRow(name)
                    .findElements(By.cssSelector("button.samraad-member-erase")).size());

            loginAs("secretary");
            browser.get(page);
            InlineConfirmation.confirmAfterEscapeKeptIt(browser,
                    InlineConfirmation.danger(ourRow(name).findElement(By.cssSelector("button.samraad-member-erase"))),
                    "Erase the personal data of " + name + " everywhere in Samråd?", "Yes, erase", "the member list");

            WebElement result = waitVisible(By.cssSelector("section.samraad-members .samraad-erasure-result"));
            assertEquals("the result takes the focus", result, browser.switchTo().activeElement());
            assertTrue(result.getText(), result.getText().contains(
                    "Action \"Opfølgning " + marker + "\": progress note"));
            result.findElement(By.cssSelector("button.samraad-erasure-reload")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(result));
            assertFalse(browser.findElement(By.cssSelector("section.samraad-members")).getText().contains(name));
        } finally {
            api.delete("secretary", API + "/actions/" + action.json().get("id").asInt());
            api.delete("secretary", API + "/members/" + memberId);
        }
    }

    @Test
    public void aSpaceAdministratorExportsAPersonsDataFromTheMemberListWithTheTextsThatNameThem() {
        String name = "Udtræk " + marker;
        HttpApi.Reply created = api.postJson("secretary", API + "/councils/" + councilId + "/members",
                member(name, "MEMBER", true).toString());
        assertEquals(created.text(), 201, created.status());
        int memberId = created.json().get("id").asInt();
        HttpApi.Reply action = api.postJson("secretary", API + "/actions", JsonNodeFactory.instance.objectNode()
                .put("councilId", councilId).put("title", "Opfølgning " + marker).put("ownerName", "Kommunen")
                .put("progressNote", "Ringet til " + name).toString());
        assertEquals(action.text(), 201, action.status());
        try {
            String page = createPageWithTheMacro("secretary");
            loginAs("member");
            browser.get(page);
            assertEquals("only space administrators export", 0, count(ourRow(name), "a.samraad-member-export"));

            loginAs("secretary");
            browser.get(page);
            WebElement export = ourRow(name).findElement(By.cssSelector("a.samraad-member-export"));
            assertEquals("Export the person’s data", export.getText());
            assertEquals("samraad-person-" + memberId + ".json", export.getAttribute("download"));
            // what the download holds, fetched by the page as the browser's download would be
            String json = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0].href, {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
                            + ".then(done, function (e) { done(String(e)); });", export);
            JsonNode data = JSON.readTree(json);
            assertEquals(memberId, data.get("memberId").asInt());
            assertEquals(name, data.get("member").get("name").asText());
            assertTrue(json, data.get("mentions").toString().contains("Opfølgning " + marker));
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            api.delete("secretary", API + "/actions/" + action.json().get("id").asInt());
            api.delete("secretary", API + "/members/" + memberId);
        }
    }

    private WebElement compositionRow(String label) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("section.samraad-members table.samraad-composition tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th[scope=row]")).getText().equals(label))
                .findFirst().orElse(null));
    }

    /** Makes a page in UDS through the host's storage-format editor with the members macro in it. */
    private String createPageWithTheMacro(String user) {
        return createPage(user, "Medlemsliste " + marker,
                "<h1>Medlemmer</h1><ac:structured-macro ac:name=\"samraad-members\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"groupBy\">seat</ac:parameter></ac:structured-macro>");
    }

    private int seat(String label) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("group", "OTHER").put("label", label).put("requiredCount", 3);
        HttpApi.Reply reply = api.postJson("secretary", API + "/councils/" + councilId + "/seats", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        int id = reply.json().get("id").asInt();
        seats.add(id);
        return id;
    }

    private void member(ObjectNode body) {
        HttpApi.Reply reply = api.postJson("secretary", API + "/councils/" + councilId + "/members", body.toString());
        assertEquals(reply.text(), 201, reply.status());
    }

    private static ObjectNode member(String name, String role, boolean consent) {
        return JsonNodeFactory.instance.objectNode().put("name", name).put("role", role).put("publishConsent", consent);
    }

    private WebElement ourRow(String name) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("section.samraad-members table.samraad-members-table tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th[scope=row]")).getText().equals(name))
                .findFirst().orElse(null));
    }

    private List<String> texts(WebElement scope, String css) {
        return scope.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }}
