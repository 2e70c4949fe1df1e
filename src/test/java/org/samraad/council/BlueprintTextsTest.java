package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.blueprint.ContentTemplateRenderer;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.devhost.services.RequestContext;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * A page made from a blueprint is written in its council's language, whoever makes it: a secretary who uses
 * Confluence in English makes the Danish council's hearing response page with "Baggrund", not "Background".
 */
public class BlueprintTextsTest extends AoTestSupport {
    private static final String SECRETARY = "key-secretary";
    private static final List<String> TEMPLATES = List.of("action-register", "annual-report", "council-home",
            "council-space-home", "hearing-response", "involvement", "meeting", "member-list");

    private final ContentTemplateRenderer renderer = new ContentTemplateRenderer(new HostI18nResolver(List.of("i18n.samraad")));
    private CouncilLanguageBlueprintContextProvider provider;
    private CouncilHomeBlueprintContextProvider homeProvider;

    @Before
    public void setUp() {
        FakeConfluence confluence = new FakeConfluence().space("UDS").space("NEW")
                .grant(SECRETARY, Permission.ADMINISTER, "UDS").grant(SECRETARY, Permission.ADMINISTER, "NEW")
                .actAs(SECRETARY);
        var plugin = plugin().confluence(confluence).users(confluence)
                .clock(() -> Instant.parse("2026-11-22T00:00:00Z")).start();
        provider = plugin.get(CouncilLanguageBlueprintContextProvider.class);
        homeProvider = plugin.get(CouncilHomeBlueprintContextProvider.class);
        CouncilEntity council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"),
                new DBParam("NAME", "Udsatterådet"), new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0));
        council.setLocale("da");
        council.save();
    }

    @Test
    public void anEnglishSecretaryMakesTheDanishCouncilsHearingResponseAndReportPagesInDanish() throws Exception {
        try (var english = RequestContext.bind(null, Locale.ENGLISH)) {
            String hearing = render("hearing-response", provider.getContextMap(context("UDS")));
            assertTrue(hearing, hearing.contains("<h2>Baggrund</h2>"));
            assertFalse(hearing, hearing.contains("Background"));
            String report = render("annual-report", provider.getContextMap(context("UDS")));
            assertTrue(report, report.contains("<h2>Formandens forord</h2>"));
        }
    }

    @Test
    public void theCouncilHomePagesHeadingsAreInTheCouncilsLanguage() throws Exception {
        try (var english = RequestContext.bind(null, Locale.ENGLISH)) {
            String home = render("council-home", homeProvider.getContextMap(context("UDS")));
            assertTrue(home, home.contains("<h2>Møder</h2>"));
        }
    }

    @Test
    public void aNewCouncilSpacesHomePageIsInTheLanguageItsWizardChose() throws Exception {
        try (var english = RequestContext.bind(null, Locale.ENGLISH)) {
            Map<String, Object> context = context("NEW");
            context.put(CouncilBlueprintListener.COUNCIL_LOCALE_FIELD, "sv");
            String home = render("council-space-home", provider.getContextMap(context));
            assertTrue(home, home.contains("<h2>Kommande möten</h2>"));
        }
    }

    @Test
    public void everyTemplateTextIsFilledAndNoneIsLeftToTheCreatorsLanguage() throws Exception {
        try (var swedish = RequestContext.bind(null, Locale.forLanguageTag("sv"))) {
            for (String template : TEMPLATES) {
                String source = read(template);
                assertFalse(template + " writes a text in the creator's language", source.contains("at:i18n"));
                String page = render(template, (template.equals("council-home") ? homeProvider.getContextMap(context("UDS"))
                        : provider.getContextMap(context("UDS"))));
                assertFalse(template + ": " + page, page.contains("<h2></h2>") || page.contains("<p></p>")
                        || page.contains("<ac:placeholder></ac:placeholder>"));
            }
        }
    }

    private String render(String template, Map<String, Object> context) throws Exception {
        return renderer.render("templates/blueprints/" + template + ".xml", context);
    }

    private static Map<String, Object> context(String spaceKey) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", spaceKey);
        return context;
    }

    private static String read(String template) throws IOException {
        try (InputStream in = BlueprintTextsTest.class.getResourceAsStream("/templates/blueprints/" + template + ".xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
