package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberVisibility;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.mail.MailRecipients;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * An action's owner is named by the member list's rule: a member who has not consented to publication is "name not
 * published" (and has no user key) to everyone but the council's insiders, whether the action refers to her member
 * row or to her Confluence account; an anonymised member is "former member". Single action, list, CSV, history and
 * the register macro in every output type.
 */
public class ActionOwnerNamesTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final String SECRETARY = "key-secretary";
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String SERVING = "key-serving";
    private static final String SHY = "key-shy";
    private static final String OPEN = "key-open";
    private static final Map<String, String> USERS = Map.of(SECRETARY, "Sara Sekretær", EDITOR, "Edvin Editor",
            READER, "Rita Reader", SERVING, "Maria Medlem", SHY, "Svend Stille", OPEN, "Olga Offentlig");
    private static final String NOT_PUBLISHED = "Member (name not published)";

    private FakeConfluence confluence;
    private TestPlugin plugin;
    private ActionReads actions;
    private ActionWorkflow workflow;
    private ActionHistory actionHistory;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(SERVING, Permission.VIEW, "UDS")
                .grant(OPEN, Permission.VIEW, "UDS")
                .grant(SHY, Permission.EDIT, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.ADMINISTER, "UDS")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .actAs(SECRETARY);
        plugin = plugin().confluence(confluence).users(USERS).clock(() -> NOW).start();
        actions = plugin.get(ActionReads.class);
        workflow = plugin.get(ActionWorkflow.class);
        actionHistory = plugin.get(ActionHistory.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
        member(SERVING, null, true, "MEMBER");
        member(SHY, null, false, "MEMBER");
        member(OPEN, null, true, "OBSERVER");
    }

    @Test
    public void aConfluenceUserWhoIsAMemberWithoutConsentIsNotNamedToOutsidersAnywhere() {
        ActionItem action = workflow.create(input("Ring til kommunen", SHY, null, null));
        confluence.actAs(SHY);
        workflow.update(action.id(), withStatus(actions.get(action.id()), "IN_PROGRESS"));

        for (String outsider : new String[] {null, READER, EDITOR, OPEN}) {
            confluence.actAs(outsider);
            assertHidden(actions.get(action.id()));
            assertHidden(actions.list(ActionFilter.everything()).items().get(0));
            assertHidden(actions.export(ActionFilter.everything()).get(0));
            assertHidden(actions.register(plugin.get(CouncilService.class).get(uds), ActionFilter.everything())
                    .page().items().get(0));
            assertEquals("who changed it is named by the same rule", NOT_PUBLISHED, status(action).changedBy());
        }
        for (String insider : new String[] {SECRETARY, SERVING, SHY}) {
            confluence.actAs(insider);
            ActionItem shown = actions.get(action.id());
            assertEquals("Svend Stille", shown.ownerName());
            assertEquals(SHY, shown.ownerUserKey());
            assertFalse(shown.ownerNameHidden());
            assertEquals("Svend Stille", status(action).changedBy());
        }
    }

    @Test
    public void anActionLinkedToAMemberRowWithoutConsentHidesTheNameStoredWithIt() {
        int named = member(null, "Karin Kontakt", false, "MEMBER");
        ActionItem action = workflow.create(input("Skaf lokale", null, "Karin Kontakt", named));
        ActionItem byName = workflow.create(input("Book bus", null, "Karin Kontakt", null));

        for (String outsider : new String[] {null, READER, EDITOR}) {
            confluence.actAs(outsider);
            assertHidden(actions.get(action.id()));
            assertHidden(actions.get(byName.id()));
            assertEquals(named, actions.get(action.id()).ownerMemberId().intValue());
            assertTrue(actionHistory.history(action.id()).stream().noneMatch(h -> String.valueOf(h.newValue())
                    .contains("Karin")));
        }
        confluence.actAs(SERVING);
        assertEquals("Karin Kontakt", actions.get(action.id()).ownerName());
    }

    @Test
    public void aMemberWhoConsentedAndAPersonWhoIsNoMemberAreNamedToEveryone() {
        ActionItem serving = workflow.create(input("Lav plakat", SERVING, null, null));
        ActionItem outsider = workflow.create(input("Hent nøgler", EDITOR, null, null));
        ActionItem external = workflow.create(input("Send svar", null, "Jens fra kommunen", null));
        confluence.actAs(null);
        assertEquals("Maria Medlem", actions.get(serving.id()).ownerName());
        assertEquals(SERVING, actions.get(serving.id()).ownerUserKey());
        assertEquals("Edvin Editor", actions.get(outsider.id()).ownerName());
        assertEquals("Jens fra kommunen", actions.get(external.id()).ownerName());
    }

    @Test
    public void anAnonymisedMemberIsAFormerMemberToEveryone() {
        int former = member(null, "Gamle Gert", true, "MEMBER");
        ActionItem action = workflow.create(input("Gammel opgave", null, "Gamle Gert", former));
        MemberEntity row = ao.get(MemberEntity.class, former);
        row.setAnonymisedAt(Date.from(NOW));
        row.setName(null);
        row.save();
        for (String anyone : new String[] {null, SECRETARY}) {
            confluence.actAs(anyone);
            assertEquals("Former member", actions.get(action.id()).ownerName());
            assertNull(actions.get(action.id()).ownerUserKey());
        }
    }

    @Test
    public void anEditorWhoSeesNoNameSavesAStatusWithoutChangingTheOwner() {
        ActionItem action = workflow.create(input("Ring til kommunen", SHY, null, null));
        confluence.actAs(EDITOR);
        ActionItem shown = actions.get(action.id());
        // what the register's script sends: the action as shown, with the new status
        ActionItem saved = workflow.update(action.id(), new ActionInput(uds, shown.title(), null, null,
                shown.ownerName(), shown.ownerMemberId(), null, null, "DONE", null, null, null, null, 0));
        assertHidden(saved);
        ActionItemEntity stored = ao.get(ActionItemEntity.class, action.id());
        assertEquals(SHY, stored.getOwnerUserKey());
        assertNull(stored.getOwnerName());
        assertTrue(actionHistory.history(action.id()).stream().noneMatch(h -> h.field().startsWith("owner")));
    }

    @Test
    public void theRegisterMacroNamesNoUnpublishedMemberToOutsidersInAnyOutputType() throws Exception {
        workflow.create(input("Ring til kommunen", SHY, null, null));
        ActionsMacro macro = plugin.get(ActionsMacro.class);
        for (String outputType : List.of("display", "preview", "pdf", "word", "email", "html_export")) {
            confluence.actAs(null);
            String html = macro.execute(new HashMap<>(), null, new HostConversionContext("UDS", 1L, outputType));
            assertFalse(outputType, html.contains("Svend Stille"));
            assertFalse(outputType, html.contains(SHY));
            assertTrue(outputType, html.contains(NOT_PUBLISHED));
            confluence.actAs(SECRETARY);
            html = macro.execute(new HashMap<>(), null, new HostConversionContext("UDS", 1L, outputType));
            assertTrue(outputType, html.contains("Svend Stille"));
        }
    }

    @Test
    public void aListAsksWhetherTheCallerAdministersTheCouncilsSpaceOncePerCouncilNotOncePerRow() {
        for (int i = 0; i < 12; i++) {
            workflow.create(input("Opgave " + i, SHY, null, null));
        }
        int[] asked = new int[1];
        SpacePermissions counting = plugin.intercepting(SpacePermissions.class, "canAdminister", invocation -> {
            asked[0]++;
            return invocation.proceed();
        });
        MemberVisibility visibility = plugin.getReplacing(MemberVisibility.class, SpacePermissions.class, counting);
        ActionReads counted = new ActionReads(plugin.get(CouncilService.class), counting, plugin.get(ActionsQuery.class),
                visibility, plugin.get(CurrentUser.class), plugin.get(TimeSource.class), plugin.get(MailRecipients.class),
                plugin.get(ActionOriginRule.class));
        confluence.actAs(READER);

        List<ActionItem> listed = counted.list(ActionFilter.everything()).items();
        assertEquals(12, listed.size());
        listed.forEach(ActionOwnerNamesTest::assertHidden);
        assertEquals("the REST list", 1, asked[0]);
        asked[0] = 0;
        counted.register(plugin.get(CouncilService.class).get(uds), ActionFilter.everything()).page().items()
                .forEach(ActionOwnerNamesTest::assertHidden);
        assertEquals("the register macro", 1, asked[0]);
        asked[0] = 0;
        assertEquals(12, counted.export(ActionFilter.everything()).size());
        assertEquals("the CSV export", 1, asked[0]);
    }

    private ActionHistoryEntry status(ActionItem action) {
        return actionHistory.history(action.id()).stream().filter(h -> h.field().equals("status")).findFirst().orElseThrow();
    }

    private static void assertHidden(ActionItem action) {
        assertEquals(NOT_PUBLISHED, action.ownerName());
        assertNull(action.ownerUserKey());
        assertTrue(action.ownerNameHidden());
    }

    private ActionInput input(String title, String userKey, String name, Integer memberId) {
        return new ActionInput(uds, title, null, userKey, name, memberId, null, null, null, null, null, null, null,
                null);
    }

    private ActionInput withStatus(ActionItem a, String status) {
        return new ActionInput(uds, a.title(), a.description(), a.ownerUserKey(), a.ownerUserKey() == null
                ? a.ownerName() : null, a.ownerMemberId(), a.organisationId(), null, status, null, null, null, null,
                a.version());
    }

    private int member(String userKey, String name, boolean consent, String role) {
        MemberEntity row = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("ROLE", role),
                new DBParam("PUBLISH_CONSENT", consent), new DBParam("VERSION", 0));
        row.setUserKey(userKey);
        row.setName(name);
        row.save();
        return row.getID();
    }
}
