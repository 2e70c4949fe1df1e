package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.services.RequestContext;
import org.samraad.platform.I18n;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.RecordingEventPublisher;
import org.samraad.testing.TestPlugin;

public class CouncilBlueprintListenerTest extends AoTestSupport {
    private static final String SECRETARY = "key-secretary";
    private static final String EDITOR = "key-editor";
    private static final Instant TODAY = Instant.parse("2026-11-22T00:00:00Z");

    private FakeConfluence confluence;
    private CouncilService councils;
    private RecordingEventPublisher events;
    private CouncilBlueprintListener listener;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("NEW").space("OLD")
                .grant(SECRETARY, Permission.ADMINISTER, "NEW")
                .grant(SECRETARY, Permission.ADMINISTER, "OLD")
                .grant(EDITOR, Permission.EDIT, "NEW")
                .actAs(SECRETARY);
        TestPlugin plugin = plugin().confluence(confluence).users(confluence).clock(() -> TODAY).start();
        councils = plugin.get(CouncilService.class);
        events = new RecordingEventPublisher();
        listener = new CouncilBlueprintListener(events, councils, confluence.readOnlyMode(), plugin.get(I18n.class));
        listener.register();
    }

    @Test
    public void theListenerRegistersWithTheEventPublisherAndUnregistersOnShutdown() {
        assertTrue(events.registered().contains(listener));
        listener.unregister();
        assertFalse(events.registered().contains(listener));
    }

    @Test
    public void aCouncilSpaceBlueprintSetsUpTheCouncilOfTheNewSpaceFromTheWizardValues() {
        listener.onSpaceBlueprintCreated(spaceEvent("NEW", wizard("council-space", " Udsatterådet Vestby ", "DIALOGUE_FORUM")));

        Council council = councils.inSpace("NEW").orElseThrow();
        assertEquals("Udsatterådet Vestby", council.name());
        assertEquals(CouncilKind.DIALOGUE_FORUM, council.kind());
        assertEquals(1, ao.count(CouncilEntity.class));
    }

    @Test
    public void theCouncilSpeaksTheLanguageChosenInTheWizard() {
        Map<String, Object> context = wizard("council-space", "Gemensam utvecklingsgrupp", "DEVELOPMENT_GROUP");
        context.put(CouncilBlueprintListener.COUNCIL_LOCALE_FIELD, "sv");

        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("da"))) {
            listener.onSpaceBlueprintCreated(spaceEvent("NEW", context));
        }

        assertEquals("sv", councils.inSpace("NEW").orElseThrow().locale());
    }

    @Test
    public void withoutAChoiceTheCouncilSpeaksTheCreatorsLanguageSoASwedishGroupIsNotCreatedDanish() {
        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("sv"))) {
            listener.onSpaceBlueprintCreated(spaceEvent("NEW", wizard("council-space", "Utvecklingsgruppen", "OTHER")));
        }
        try (var binding = RequestContext.bind(null, Locale.GERMAN)) {
            listener.onBlueprintPageCreated(pageEvent("OLD", wizard("member-list", "Der Rat", "OTHER")));
        }

        assertEquals("sv", councils.inSpace("NEW").orElseThrow().locale());
        assertEquals("a language the plugin does not speak gets English, the texts the creator saw", "en",
                councils.inSpace("OLD").orElseThrow().locale());
    }

    @Test
    public void anUnknownLanguageFromTheWizardSetsNoCouncilUp() {
        Map<String, Object> context = wizard("council-space", "Rådet", "OTHER");
        context.put(CouncilBlueprintListener.COUNCIL_LOCALE_FIELD, "de");

        listener.onSpaceBlueprintCreated(spaceEvent("NEW", context));

        assertEquals(0, ao.count(CouncilEntity.class));
    }

    @Test
    public void inReadOnlyModeNoCouncilIsSetUp() {
        confluence.readOnly(true);
        listener.onSpaceBlueprintCreated(spaceEvent("NEW", wizard("council-space", "Udsatterådet Vestby", "DIALOGUE_FORUM")));

        assertEquals(0, ao.count(CouncilEntity.class));
    }

    @Test
    public void theSameEventTwiceLeavesOneCouncilWithTheFirstValues() {
        listener.onSpaceBlueprintCreated(spaceEvent("NEW", wizard("council-space", "Første", "OTHER")));
        listener.onSpaceBlueprintCreated(spaceEvent("NEW", wizard("council-space", "Anden", "SOCIAL_COUNCIL")));

        assertEquals(1, ao.count(CouncilEntity.class));
        assertEquals("Første", councils.inSpace("NEW").orElseThrow().name());
    }

    @Test
    public void aMemberListPageSetsUpTheCouncilOnlyWhenTheSpaceHasNone() {
        listener.onBlueprintPageCreated(pageEvent("NEW", wizard("member-list", "Dialogforum Nord", "DIALOGUE_FORUM")));
        Council first = councils.inSpace("NEW").orElseThrow();
        assertEquals("Dialogforum Nord", first.name());

        listener.onBlueprintPageCreated(pageEvent("NEW", wizard("member-list", "Noget andet", "OTHER")));

        assertEquals(first, councils.inSpace("NEW").orElseThrow());
        assertEquals(1, ao.count(CouncilEntity.class));
    }

    @Test
    public void aMemberListPageInASpaceWithACouncilNeedsNoCouncilFields() {
        councils.create(new CouncilInput("NEW", "Rådet", "OTHER", null, null));

        listener.onBlueprintPageCreated(pageEvent("NEW", wizard("member-list", "", "")));

        assertEquals("Rådet", councils.inSpace("NEW").orElseThrow().name());
    }

    @Test
    public void otherPluginsBlueprintsAndTheOtherKindOfEventAreIgnored() {
        Map<String, Object> foreign = wizard("team-space", "Råd", "OTHER");
        listener.onSpaceBlueprintCreated(spaceEvent("NEW", foreign));
        Map<String, Object> unmarked = wizard(null, "Råd", "OTHER");
        listener.onSpaceBlueprintCreated(spaceEvent("NEW", unmarked));
        listener.onBlueprintPageCreated(pageEvent("NEW", unmarked));
        listener.onSpaceBlueprintCreated(spaceEvent("NEW", wizard("member-list", "Råd", "OTHER")));
        listener.onBlueprintPageCreated(pageEvent("NEW", wizard("council-space", "Råd", "OTHER")));
        listener.onSpaceBlueprintCreated(spaceEvent("NEW", null));

        assertEquals(0, ao.count(CouncilEntity.class));
    }

    @Test
    public void aBlankCouncilNameOrAnUnknownKindLeavesTheSpaceWithoutACouncilAndThrowsNothing() {
        listener.onSpaceBlueprintCreated(spaceEvent("NEW", wizard("council-space", "   ", "SOCIAL_COUNCIL")));
        listener.onSpaceBlueprintCreated(spaceEvent("NEW", wizard("council-space", null, null)));
        listener.onSpaceBlueprintCreated(spaceEvent("OLD", wizard("council-space", "Råd", "PARLIAMENT")));
        listener.onSpaceBlueprintCreated(spaceEvent("OLD", wizard("council-space", "x".repeat(10_000), "OTHER")));

        assertEquals(0, ao.count(CouncilEntity.class));
    }

    @Test
    public void theCouncilIsCreatedAsTheCreatingUserSoAnEditorWhoIsNotSpaceAdministratorSetsNoneUp() {
        confluence.actAs(EDITOR);

        listener.onBlueprintPageCreated(pageEvent("NEW", wizard("member-list", "Rådet", "OTHER")));

        assertEquals(0, ao.count(CouncilEntity.class));
    }

    @Test
    public void formValuesThatArriveAsArraysAreRead() {
        Map<String, Object> context = new HashMap<>();
        context.put(CouncilBlueprintListener.BLUEPRINT_FIELD, new String[] {"council-space"});
        context.put(CouncilBlueprintListener.COUNCIL_NAME_FIELD, List.of("Rådet"));
        context.put(CouncilBlueprintListener.COUNCIL_KIND_FIELD, "INVOLVEMENT");

        listener.onSpaceBlueprintCreated(spaceEvent("NEW", context));

        assertEquals(CouncilKind.INVOLVEMENT, councils.inSpace("NEW").orElseThrow().kind());
    }

    private SpaceBlueprintCreateEvent spaceEvent(String spaceKey, Map<String, Object> context) {
        return new SpaceBlueprintCreateEvent(this, confluence.getSpace(spaceKey), null, null, context);
    }

    private BlueprintPageCreateEvent pageEvent(String spaceKey, Map<String, Object> context) {
        Page page = new Page();
        page.setSpace(confluence.getSpace(spaceKey));
        page.setTitle("Medlemmer");
        return new BlueprintPageCreateEvent(this, page, null, null, context);
    }

    private static Map<String, Object> wizard(String blueprint, String councilName, String councilKind) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", "IGNORED");
        if (blueprint != null) {
            context.put(CouncilBlueprintListener.BLUEPRINT_FIELD, blueprint);
        }
        context.put(CouncilBlueprintListener.COUNCIL_NAME_FIELD, councilName);
        context.put(CouncilBlueprintListener.COUNCIL_KIND_FIELD, councilKind);
        return context;
    }
}
