package org.samraad.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.samraad.devhost.fixture.FixtureBlueprintEvents;

/** The host's pages over HTTP with the fixture plugin: permissions, macro rendering, resources, editor, blueprints. */
public class HostPagesTest {
    private static DevHost host;
    private static Http http;

    @BeforeClass
    public static void startHost() throws Exception {
        host = FixtureHost.start();
        http = Http.to(host);
    }

    @AfterClass
    public static void stopHost() {
        host.close();
    }

    @Test
    public void theDashboardListsOnlyTheSpacesTheCallerCanSee() {
        String anonymous = http.get(null, "/").body();
        assertTrue(anonymous.contains("Public &lt;space&gt;"));
        assertFalse(anonymous.contains("Secret space"));
        assertTrue(http.get("secretary", "/").body().contains("Secret space"));
    }

    @Test
    public void aSpaceHomePageRendersTheMacroWithHostileInputEncoded() {
        Http.Reply reply = http.get(null, "/display/PUB");
        assertEquals(200, reply.status());
        String page = reply.body();
        assertTrue(page, page.contains("<p>Welcome\u00a0home</p>"));
        assertTrue(page.contains("<p class=\"text\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
        assertFalse(page.contains("<script>alert(1)"));
        assertTrue(page.contains("<div class=\"body\"><p>inner <b>body</b></p></div>"));
        assertTrue(page.contains("data-space=\"PUB\" data-output=\"display\""));
    }

    @Test
    public void templatesOnlyReachAllowlistedMethods() {
        String page = http.get(null, "/display/PUB").body();
        assertTrue(page.contains("<p class=\"allowed\">&lt;script&gt;"));
        assertTrue(page.contains("<p class=\"blocked\"></p>"));
    }

    @Test
    public void everyPageDeclaresItsLanguageAndHasOneMainRegion() {
        String page = http.get(null, "/display/PUB", "da").body();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"da\">"));
        assertEquals(1, count(page, "<main "));
        assertTrue(page.contains("<label for=\"host-user\">"));
    }

    @Test
    public void aRestrictedSpaceIsNotFoundForAnonymousAndForUsersWithoutViewPermission() {
        for (String user : new String[] {null, "reader", "member"}) {
            Http.Reply reply = http.get(user, "/display/SEC");
            assertEquals(404, reply.status());
            assertFalse(reply.body().contains("TOP SECRET"));
        }
        Http.Reply anonymous = http.get(null, "/display/SEC");
        assertTrue(anonymous.body().contains("class=\"login-prompt\""));
        assertTrue(http.get("secretary", "/display/SEC").body().contains("TOP SECRET CONTENT"));
        long secretId = host.store().page("SEC", "Secret home").orElseThrow().id();
        assertEquals(404, http.get(null, "/pages/viewpage.action?pageId=" + secretId).status());
        assertEquals(404, http.get("reader", "/pages/editpage.action?pageId=" + secretId).status());
    }

    @Test
    public void failingAndUnknownMacrosBecomeErrorBoxesWithoutInternals() {
        String page = http.get(null, "/display/PUB/Broken").body();
        assertTrue(page, page.contains("Error rendering macro &#39;fixture-echo&#39; : &lt;b&gt;bad&lt;/b&gt; &amp; &quot;broken&quot;"));
        assertTrue(page.contains("Error rendering macro &#39;fixture-echo&#39; : IllegalStateException"));
        assertFalse(page.contains("internal detail"));
        assertTrue(page.contains("Unknown macro: &#39;nonexistent&#39;"));
    }

    @Test
    public void requiredWebResourcesAreEmittedWithDependenciesFirst() {
        String page = http.get(null, "/display/PUB").body();
        int ajs = page.indexOf("/download/resources/com.atlassian.auiplugin:ajs/aui-prototyping.js");
        int base = page.indexOf("/download/resources/org.samraad.devhost.fixture:fixture-base/base.js");
        int own = page.indexOf("/download/resources/org.samraad.devhost.fixture:fixture-resources/fixture.js");
        assertTrue(page, ajs > 0 && base > ajs && own > base);
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/download/resources/org.samraad.devhost.fixture:fixture-resources/fixture.css\">"));
        assertFalse("the editor context is not on view pages", page.contains("fixture-editor"));
    }

    @Test
    public void exportOutputTypesReachTheMacroAndCarryNoScripts() {
        long home = host.store().page("PUB", "Home").orElseThrow().id();
        for (String type : new String[] {"pdf", "word", "email", "html_export"}) {
            String page = http.get(null, "/pages/viewpage.action?pageId=" + home + "&outputType=" + type).body();
            assertTrue(page.contains("data-output=\"" + type + "\""));
            assertFalse(type, page.contains("<script"));
            assertFalse(page.contains("host-switch"));
        }
        assertTrue(http.get(null, "/pages/viewpage.action?pageId=" + home + "&outputType=preview").body().contains("data-output=\"preview\""));
        assertEquals(400, http.get(null, "/pages/viewpage.action?pageId=" + home + "&outputType=nonsense").status());
    }

    @Test
    public void downloadResourcesAreServedOnlyWhenDeclared() {
        Http.Reply js = http.get(null, "/download/resources/org.samraad.devhost.fixture:fixture-resources/fixture.js");
        assertEquals(200, js.status());
        assertTrue(js.header("Content-Type").startsWith("application/javascript"));
        assertEquals(404, http.get(null, "/download/resources/org.samraad.devhost.fixture:fixture-resources/../atlassian-plugin.xml").status());
        assertEquals(404, http.get(null, "/download/resources/org.samraad.devhost.fixture:nope/fixture.js").status());
        assertEquals(404, http.get(null, "/download/resources/org.samraad.devhost.fixture/images/../../atlassian-plugin.xml").status());
    }

    @Test
    public void everyPageCarriesTheRealAuiOfThePinnedVersionWithItsJqueryBeforeThePluginsResources() {
        String version = System.getProperty("aui.version");
        assertNotNull("the build passes the pinned AUI version (aui.version in pom.xml)", version);
        String prefix = "/download/resources/com.atlassian.auiplugin:ajs/";
        for (String path : new String[] {"/", "/display/PUB"}) {
            String page = http.get(null, path).body();
            int css = page.indexOf("<link rel=\"stylesheet\" href=\"" + prefix + "aui-prototyping.css\">");
            int hostCss = page.indexOf("/devhost/static/host.css");
            assertTrue(path + ": AUI's styles come before the product's", css > 0 && hostCss > css);
            int jquery = page.indexOf("<script src=\"" + prefix + "jquery.js\">");
            int aui = page.indexOf("<script src=\"" + prefix + "aui-prototyping.js\">");
            int contextPath = page.indexOf("<script src=\"" + prefix + "context-path.js\">");
            int host = page.indexOf("/devhost/static/host.js");
            assertTrue(path, jquery > 0 && contextPath > jquery && aui > contextPath && host > aui);
            int pluginScript = page.indexOf("<script src=\"/download/resources/org.samraad.devhost.fixture:");
            int pluginCss = page.indexOf("<link rel=\"stylesheet\" href=\"/download/resources/org.samraad.devhost.fixture:");
            assertTrue(path, pluginScript < 0 || pluginScript > aui);
            assertTrue(path, pluginCss < 0 || pluginCss > css);
        }
        Http.Reply aui = http.get(null, prefix + "aui-prototyping.js");
        assertEquals(200, aui.status());
        assertTrue(aui.header("Content-Type").startsWith("application/javascript"));
        assertTrue("AUI's own banner names the pinned version", aui.body().startsWith("/*!!\n * @atlassian/aui - Atlassian User Interface library\n * @version v" + version + "\n"));
        assertTrue("AJS.version is the pinned version", aui.body().contains("\"" + version + "\""));
        Http.Reply css = http.get(null, prefix + "aui-prototyping.css");
        assertTrue(css.header("Content-Type").startsWith("text/css"));
        assertTrue(css.body().contains(".aui-button"));
        assertEquals("the icon font AUI's styles load", 200, http.get(null, prefix + "fonts/adgs-icons.woff").status());
        assertTrue(http.get(null, prefix + "jquery.js").body().contains("jQuery JavaScript Library v3."));
        assertEquals(404, http.get(null, prefix + "../ajs/aui-prototyping.js").status());
        assertEquals(404, http.get(null, prefix + "fonts/nope.woff").status());
    }

    @Test
    public void auiHoldsNoPluginTextsAndAScriptGetsOnlyItsLiteralKeysInlinedInItsLanguage() {
        String aui = http.get(null, "/download/resources/com.atlassian.auiplugin:ajs/aui-prototyping.js").body();
        assertTrue(aui.contains("toInit"));
        assertFalse(aui.contains("samraad."));
        assertEquals(404, http.get(null, "/download/resources/com.atlassian.auiplugin:ajs/i18n.js?locale=da").status());
        String danish = http.get(null, "/download/resources/org.samraad.devhost.fixture:fixture-resources/fixture.js?locale=da").body();
        assertTrue(danish, danish.contains("window.fixtureLiteralText = AJS.format(\"Tekst til scripts på dansk\");"));
        assertTrue(danish, danish.contains("window.fixtureComputedText = AJS.I18n.getText(['samraad.fixture.js'][0]);"));
        String english = http.get(null, "/download/resources/org.samraad.devhost.fixture:fixture-resources/fixture.js").body();
        assertTrue(english, english.contains("AJS.format(\"Text for scripts in English\")"));
        assertEquals("a script of a resource without the transformer is served as it is", "window.fixtureBase = true;",
                http.get(null, "/download/resources/org.samraad.devhost.fixture:fixture-base/base.js").body().trim());
    }

    @Test
    public void theUserSwitcherLogsABrowserInAndNeedsTheFormToken() {
        Http browser = Http.browser(host);
        assertEquals(404, browser.get(null, "/display/SEC").status());
        browser.switchUser("secretary");
        assertEquals(200, browser.get(null, "/display/SEC").status());
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("user", "admin");
        forged.put("return", "/");
        assertEquals(403, browser.postForm(null, "/devhost/session/user", forged).status());
        browser.switchUser(null);
        assertEquals(404, browser.get(null, "/display/SEC").status());
    }

    @Test
    public void theLanguageSwitcherChangesThePluginsTexts() {
        Http browser = Http.browser(host);
        String token = Http.formToken(browser.get(null, "/").body());
        browser.postForm(null, "/devhost/session/locale", Map.of("atl_token", token, "locale", "sv", "return", "/"));
        assertTrue(browser.get(null, "/").body().contains("<html lang=\"sv\">"));
        assertTrue(browser.get(null, "/rest/fixture/1.0/access/anonymous").body().contains("det är fixturen"));
    }

    @Test
    public void theEditorSavesValidStorageFormatAndRefusesMalformedOrStaleSaves() {
        Http member = Http.browser(host);
        member.switchUser("member");
        String created = createPage(member, "Edited page", "<p>first</p>");
        long id = Long.parseLong(created);
        String editor = member.get(null, "/pages/editpage.action?pageId=" + id).body();
        assertTrue(editor.contains("data-macro-name=\"fixture-echo\""));
        assertTrue(editor.contains(">Text to echo (required)</label>"));
        assertTrue("editor context resources", editor.contains("fixture-editor/editor.css"));
        String token = Http.formToken(editor);

        Http.Reply malformed = member.postForm(null, "/pages/doeditpage.action",
                Map.of("atl_token", token, "pageId", created, "version", "1", "title", "Edited page", "body", "<p>open"));
        assertEquals(400, malformed.status());
        assertTrue(malformed.body().contains("not valid storage format"));

        Http.Reply saved = member.postForm(null, "/pages/doeditpage.action",
                Map.of("atl_token", token, "pageId", created, "version", "1", "title", "Edited page", "body", "<p>second</p>"));
        assertEquals(302, saved.status());
        assertEquals("<p>second</p>", host.store().page(id).orElseThrow().body());

        Http.Reply stale = member.postForm(null, "/pages/doeditpage.action",
                Map.of("atl_token", token, "pageId", created, "version", "1", "title", "Edited page", "body", "<p>third</p>"));
        assertEquals(400, stale.status());
        assertTrue(stale.body().contains("Someone else saved"));
    }

    @Test
    public void readersMayNotEditAndFormsWithoutTheTokenAreRefused() {
        long home = host.store().page("PUB", "Home").orElseThrow().id();
        assertEquals(403, http.get("reader", "/pages/editpage.action?pageId=" + home).status());
        assertEquals(403, http.postForm("member", "/pages/docreatepage.action",
                Map.of("spaceKey", "PUB", "title", "No token", "body", "<p/>")).status());
    }

    @Test
    public void aBlueprintCreatesAPageFromItsTemplateWizardAndContextProvider() {
        Http member = Http.browser(host);
        member.switchUser("member");
        String list = member.get(null, "/plugins/createcontent/init.action?spaceKey=PUB").body();
        assertTrue(list, list.contains("Fixture note"));
        String wizard = member.get(null, "/plugins/createcontent/wizard.action?spaceKey=PUB&itemKey=note-create-item").body();
        assertTrue(wizard, wizard.contains("<label for=\"fixture-topic\">Topic</label><input id=\"fixture-topic\" name=\"topic\" type=\"text\">"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", Http.formToken(wizard));
        form.put("spaceKey", "PUB");
        form.put("itemKey", "note-create-item");
        form.put("title", "Note from blueprint");
        form.put("topic", "<i>housing</i> & food");
        Http.Reply created = member.postForm(null, "/plugins/createcontent/create.action", form);
        assertEquals(302, created.status());
        String body = host.store().page("PUB", "Note from blueprint").orElseThrow().body();
        assertTrue(body, body.contains("<h2>About &lt;this&gt; note</h2>"));
        assertTrue(body.contains("<p>Topic: &lt;i&gt;housing&lt;/i&gt; &amp; food</p>"));
        assertTrue(body.contains("<table><tbody><tr><td>notes</td>"));
        assertTrue(body.contains("Space\u00a0PUB"));
        assertTrue(created.header("Location").startsWith("/pages/viewpage.action?pageId="));

        FixtureBlueprintEvents.Seen event = lastEvent("page");
        assertEquals("PUB", event.spaceKey());
        assertEquals("Note from blueprint", event.pageTitle());
        assertEquals(host.store().page("PUB", "Note from blueprint").orElseThrow().id(), event.pageId());
        assertEquals("<i>housing</i> & food", event.context().get("topic"));
        assertEquals("member", event.creator().getName());
        assertEquals("the listener runs as the creating user", FixtureHost.key("member"), event.threadUser().getStringValue());
    }

    @Test
    public void createContentSavesTheWizardsTitleElseTheContextProvidersElseNoneAndChecksOnlyTheWizardsForDuplicates() {
        host.store().createSpace("UNT", "Untitled pages");
        host.store().grant("UNT", FixtureHost.key("member"), org.samraad.devhost.services.HostPermissionManager.Grant.EDIT.name());
        Http member = Http.browser(host);
        member.switchUser("member");
        String wizard = member.get(null, "/plugins/createcontent/wizard.action?spaceKey=UNT&itemKey=note-create-item").body();
        assertFalse("no title field the blueprint does not have", wizard.contains("name=\"title\""));
        String token = Http.formToken(wizard);
        Map<String, String> untitled = Map.of("atl_token", token, "spaceKey", "UNT", "itemKey", "note-create-item", "topic", "x");
        assertEquals(302, member.postForm(null, "/plugins/createcontent/create.action", untitled).status());
        assertTrue("no title from the wizard or the context provider: an empty one", host.store().page("UNT", "").isPresent());
        assertEquals("a second untitled page cannot be saved", 500,
                member.postForm(null, "/plugins/createcontent/create.action", untitled).status());

        Map<String, String> provided = new LinkedHashMap<>(untitled);
        provided.put("noteTitle", "Provided title");
        assertEquals(302, member.postForm(null, "/plugins/createcontent/create.action", provided).status());
        assertTrue(host.store().page("UNT", "Provided title").isPresent());
        assertEquals("the context provider's title is not checked, so saving its duplicate fails", 500,
                member.postForm(null, "/plugins/createcontent/create.action", provided).status());

        Map<String, String> typed = new LinkedHashMap<>(provided);
        typed.put("title", "Provided title");
        Http.Reply refused = member.postForm(null, "/plugins/createcontent/create.action", typed);
        assertEquals("a typed title that exists is refused in the wizard", 400, refused.status());
        assertTrue(refused.body().contains("A page with this title already exists in the space."));
        typed.put("title", "Typed title");
        assertEquals(302, member.postForm(null, "/plugins/createcontent/create.action", typed).status());
        assertTrue("the wizard's title wins over the context provider's", host.store().page("UNT", "Typed title").isPresent());
    }

    @Test
    public void anAdministratorSwitchesReadOnlyModeAndThenPagesCanBeViewedButNotCreated() {
        assertEquals(404, http.get("member", "/devhost/access-mode").status());
        Http admin = Http.browser(host);
        admin.switchUser("admin");
        String page = admin.get(null, "/devhost/access-mode").body();
        assertTrue(page, page.contains("Read and write."));
        assertTrue(admin.get(null, "/").body().contains("href=\"/devhost/access-mode\""));
        try {
            Http.Reply on = admin.postForm(null, "/devhost/access-mode", Map.of("atl_token", Http.formToken(page), "readOnly", "true"));
            assertTrue(on.body(), on.body().contains("Read-only"));
            Http member = Http.browser(host);
            member.switchUser("member");
            String editor = member.get(null, "/pages/createpage.action?spaceKey=PUB").body();
            Http.Reply refused = member.postForm(null, "/pages/docreatepage.action", Map.of("atl_token", Http.formToken(editor),
                    "spaceKey", "PUB", "title", "Written in read-only mode", "body", "<p/>"));
            assertEquals(403, refused.status());
            assertTrue(refused.body(), refused.body().contains("read-only for maintenance"));
            assertTrue(host.store().page("PUB", "Written in read-only mode").isEmpty());
            assertEquals("viewing still works", 200, member.get(null, "/display/PUB").status());
        } finally {
            host.readOnly(false);
        }
    }

    @Test
    public void onlyUsersWhoMayCreateSpacesAreOfferedTheCreateSpaceFlow() {
        assertTrue(http.get("secretary", "/").body().contains("href=\"/spaces/createspace-start.action\""));
        assertTrue(http.get("admin", "/").body().contains("href=\"/spaces/createspace-start.action\""));
        assertFalse(http.get("member", "/").body().contains("createspace"));
        assertFalse(http.get(null, "/").body().contains("createspace"));
        assertEquals(403, http.get("member", "/spaces/createspace-start.action").status());
        assertEquals(403, http.get(null, "/spaces/createspace-start.action").status());
        String list = http.get("secretary", "/spaces/createspace-start.action").body();
        assertTrue(list, list.contains("href=\"/spaces/createspace-start.action?itemKey=fixture-space-create-item\">Fixture space</a>"));
        assertFalse("page blueprints are not space blueprints", list.contains("Fixture note"));
    }

    @Test
    public void aSpaceBlueprintCreatesTheSpaceWithItsHomePageAndPublishesTheWizardValues() {
        Http secretary = Http.browser(host);
        secretary.switchUser("secretary");
        String wizard = secretary.get(null, "/spaces/createspace-start.action?itemKey=fixture-space-create-item").body();
        assertTrue(wizard, wizard.contains("<input id=\"fixture-motto\" name=\"motto\" type=\"text\">"));
        assertTrue("the host adds the space fields the wizard lacks", wizard.contains("name=\"spaceKey\""));
        assertEquals("the wizard's own form tag is dropped", 1, count(wizard, "<form class=\"blueprint-wizard"));
        assertFalse(wizard.contains("class=\"aui\""));

        Http.Reply created = createSpace(secretary, "Team <space>", "TEAM1", "<b>bold</b> & co", true);

        assertEquals(created.body(), 302, created.status());
        assertEquals("/display/TEAM1", created.header("Location"));
        var space = host.store().space("TEAM1").orElseThrow();
        assertEquals("Team <space>", space.name());
        var home = host.store().page(space.homePageId()).orElseThrow();
        assertEquals("Team <space>", home.title());
        assertTrue(home.body(), home.body().contains("<p>Motto: &lt;b&gt;bold&lt;/b&gt; &amp; co</p>"));
        assertTrue(home.body().contains("Space\u00a0TEAM1 named Team &lt;space&gt;"));
        assertEquals(java.util.Set.of("ADMINISTER", "EDIT", "VIEW"), host.store().permissions("TEAM1", FixtureHost.key("secretary")));
        assertEquals(java.util.Set.of("VIEW"), host.store().permissions("TEAM1", null));
        assertEquals(200, http.get(null, "/display/TEAM1").status());

        FixtureBlueprintEvents.Seen event = lastEvent("space");
        assertEquals("TEAM1", event.spaceKey());
        assertEquals("space", event.context().get("fixtureBlueprint"));
        assertEquals("<b>bold</b> & co", event.context().get("motto"));
        assertEquals("Team <space>", event.context().get("name"));
        assertEquals("TEAM1", event.context().get("spaceKey"));
        assertFalse("no form token in the context", event.context().containsKey("atl_token"));
        assertEquals("secretary", event.creator().getName());
        assertEquals(FixtureHost.key("secretary"), event.threadUser().getStringValue());
    }

    @Test
    public void aSpaceIsPrivateUnlessMadePublic() {
        Http admin = Http.browser(host);
        admin.switchUser("admin");
        assertEquals(302, createSpace(admin, "Private", "PRIV2", "", false).status());
        assertEquals(404, http.get(null, "/display/PRIV2").status());
        assertEquals(404, http.get("secretary", "/display/PRIV2").status());
        assertEquals(200, http.get("admin", "/display/PRIV2").status());
    }

    @Test
    public void badSpaceNamesAndKeysAreRefusedAndCreateNothing() {
        Http secretary = Http.browser(host);
        secretary.switchUser("secretary");
        int events = host.pluginBean(FixtureBlueprintEvents.class).seen().size();
        String[][] cases = {
            {"Lower", "lower", "capital letters"},
            {"Spaces", "A B", "capital letters"},
            {"Taken", "PUB", "already exists"},
            {" ", "BLANK1", "Enter a space name"},
            {"No key", "", "Enter a space key"},
            {"x".repeat(256), "LONG1", "at most 255"},
        };
        for (String[] c : cases) {
            Http.Reply refused = createSpace(secretary, c[0], c[1], "m<o>tto", false);
            assertEquals(c[1], 400, refused.status());
            assertTrue(refused.body(), refused.body().contains(c[2]));
            assertTrue("the form keeps what was typed", refused.body().contains("value=\"m&lt;o&gt;tto\""));
        }
        assertTrue(host.store().space("BLANK1").isEmpty());
        assertTrue(host.store().space("LONG1").isEmpty());
        assertEquals("Public <space>", host.store().space("PUB").orElseThrow().name());
        assertEquals(events, host.pluginBean(FixtureBlueprintEvents.class).seen().size());
        assertEquals(403, Http.browser(host).postForm("secretary", "/spaces/createspace.action",
                Map.of("itemKey", "fixture-space-create-item", "name", "No token", "spaceKey", "NOTOKEN")).status());
    }

    private static Http.Reply createSpace(Http browser, String name, String key, String motto, boolean isPublic) {
        String token = Http.formToken(browser.get(null, "/spaces/createspace-start.action?itemKey=fixture-space-create-item").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", token);
        form.put("itemKey", "fixture-space-create-item");
        form.put("fixtureBlueprint", "space");
        form.put("name", name);
        form.put("spaceKey", key);
        form.put("motto", motto);
        if (isPublic) {
            form.put("public", "true");
        }
        return browser.postForm(null, "/spaces/createspace.action", form);
    }

    private static FixtureBlueprintEvents.Seen lastEvent(String type) {
        List<FixtureBlueprintEvents.Seen> seen = host.pluginBean(FixtureBlueprintEvents.class).seen().stream()
                .filter(e -> e.type().equals(type)).toList();
        assertFalse("no " + type + " event published", seen.isEmpty());
        return seen.get(seen.size() - 1);
    }

    private static String createPage(Http browser, String title, String body) {
        String token = Http.formToken(browser.get(null, "/pages/createpage.action?spaceKey=PUB").body());
        Http.Reply reply = browser.postForm(null, "/pages/docreatepage.action",
                Map.of("atl_token", token, "spaceKey", "PUB", "title", title, "body", body, "version", "0"));
        assertEquals(reply.body(), 302, reply.status());
        Matcher id = Pattern.compile("pageId=(\\d+)").matcher(reply.header("Location"));
        assertTrue(id.find());
        return id.group(1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
