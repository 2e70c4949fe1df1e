package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.platform.CalendarDays;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeUserDirectory;

/**
 * Issue 17 point 9: an open action nobody can be mailed about is flagged, in words, to those who look after the
 * council in its register; who counts is who the action reminders would mail, in their order (the owner user with
 * an address and the space, the owning member's own address, the organisation's contact user, its contact
 * address). Readers and anonymous visitors are not told; closed actions are never flagged; the render stays within
 * three statements.
 */
public class UnreachedActionsTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String MAILED = "key-mailed";
    private static final String NO_ADDRESS = "key-no-address";
    private static final String OUTSIDER = "key-outsider";
    private static final String FLAG = "<strong class=\"samraad-unreached-label\">No one can be reached for this action</strong>";

    private FakeConfluence confluence;
    private ActionsMacro macro;
    private TestPlugin started;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS").grant(MAILED, Permission.VIEW, "UDS")
                .grant(NO_ADDRESS, Permission.VIEW, "UDS").grant(EDITOR, Permission.EDIT, "UDS").actAs(EDITOR);
        started = plugin().confluence(confluence).users(new FakeUserDirectory(
                        Map.of(EDITOR, "Edvin Editor", READER, "Rita Reader", MAILED, "Maria Mail",
                                NO_ADDRESS, "Niels Uden", OUTSIDER, "Ole Udenfor"),
                        Map.of(MAILED, "maria@nordby.dk", OUTSIDER, "ole@avis.dk")))
                .clock(() -> NOW).start();
        macro = started.get(ActionsMacro.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void anEditorSeesTheOpenActionsNobodyCanBeMailedAboutFlaggedInWords() throws Exception {
        int withAddress = member("Karin Holm", "karin@example.org");
        int withoutAddress = member("Svend Stille", null);
        int contactAddress = organisation(null, "kontakt@roedekors.dk");
        int contactUser = organisation(MAILED, null);
        int noContact = organisation(null, null);
        int contactWithoutAddress = organisation(NO_ADDRESS, "  ");
        action("User with an address", Map.of("OWNER_USER_KEY", MAILED));
        action("User without an address", Map.of("OWNER_USER_KEY", NO_ADDRESS));
        action("User outside the space", Map.of("OWNER_USER_KEY", OUTSIDER));
        action("Member with an address", Map.of("OWNER_MEMBER_ID", withAddress, "OWNER_NAME", "Karin Holm"));
        action("Member without an address", Map.of("OWNER_MEMBER_ID", withoutAddress, "OWNER_NAME", "Svend Stille"));
        action("Named person", Map.of("OWNER_NAME", "Bo fra byen"));
        action("Member without address, organisation with one", Map.of("OWNER_MEMBER_ID", withoutAddress,
                "OWNER_NAME", "Svend Stille", "ORGANISATION_ID", contactAddress));
        action("Organisation contact address", Map.of("ORGANISATION_ID", contactAddress));
        action("Organisation contact user", Map.of("ORGANISATION_ID", contactUser));
        action("Organisation without contact", Map.of("ORGANISATION_ID", noContact));
        action("Organisation contact without address", Map.of("ORGANISATION_ID", contactWithoutAddress));
        action("Nobody, in progress", Map.of("STATUS", "IN_PROGRESS"));
        action("Nobody, done", Map.of("STATUS", "DONE"));

        String html = render(Map.of("status", "open,in_progress,done,cancelled"));

        for (String reached : List.of("User with an address", "Member with an address",
                "Member without address, organisation with one", "Organisation contact address",
                "Organisation contact user", "Nobody, done")) {
            assertFalse(reached, row(html, reached).contains("samraad-unreached"));
        }
        for (String unreached : List.of("User without an address", "User outside the space",
                "Member without an address", "Named person", "Organisation without contact",
                "Organisation contact without address", "Nobody, in progress")) {
            String row = row(html, unreached);
            assertTrue(unreached + ": in words", row.contains(FLAG));
            assertTrue(unreached + ": and by a class", row.startsWith("<tr class=\"samraad-action samraad-action-unreached\""));
        }
    }

    @Test
    public void theFlagStandsWithTheOwnerAndWithTheTitleWhenTheOwnerColumnIsLeftOut() throws Exception {
        action("Named person", Map.of("OWNER_NAME", "Bo fra byen"));

        assertTrue(row(render(Map.of()), "Named person").contains("<td class=\"samraad-action-owner\"><span "
                + "class=\"samraad-action-person\">Bo fra byen</span><br>" + FLAG + "</td>"));
        assertTrue(row(render(Map.of("columns", "title,status")), "Named person").contains(
                "<span class=\"samraad-action-title\" lang=\"da\">Named person</span><br>" + FLAG + "</th>"));
    }

    @Test
    public void readersAndAnonymousVisitorsAreNotTold() throws Exception {
        action("Named person", Map.of("OWNER_NAME", "Bo fra byen"));
        for (String viewer : new String[] {READER, null}) {
            confluence.actAs(viewer);
            String html = render(Map.of());
            assertTrue(html.contains("Named person"));
            assertFalse(String.valueOf(viewer), html.contains("samraad-unreached"));
        }
    }

    @Test
    public void theFlagCostsNoStatementBeyondTheRegistersThree() throws Exception {
        for (int i = 0; i < 40; i++) {
            action("Action " + i, i % 2 == 0 ? Map.of("OWNER_NAME", "Bo " + i) : Map.of("OWNER_USER_KEY", NO_ADDRESS));
        }
        String[] html = new String[1];
        sql.assertAtMost(3, () -> html[0] = render(Map.of("pageSize", "100")));
        assertEquals(40, html[0].split("samraad-unreached-label", -1).length - 1);
    }

    /**
     * The REST list the register's later pages are built from names the same actions, within the same three
     * statements, to the editor only: a page the script builds flags what the server's page flags.
     */
    @Test
    public void theRestListNamesTheWindowsUnreachedActionsToTheEditorAndToNobodyElse() {
        action("Named person", Map.of("OWNER_NAME", "Bo fra byen"));
        action("User with an address", Map.of("OWNER_USER_KEY", MAILED));
        action("Nobody, done", Map.of("STATUS", "DONE"));
        ActionReads reads = started.get(ActionReads.class);
        ActionFilter all = ActionFilter.parse(String.valueOf(uds), null, null, List.of("open,in_progress,done,cancelled"),
                null, null, null, null, null, null);
        ActionPage[] page = new ActionPage[1];
        sql.assertAtMost(3, () -> page[0] = reads.list(all));
        int named = page[0].items().stream().filter(a -> a.title().equals("Named person")).findFirst().orElseThrow().id();
        assertEquals(List.of(named), page[0].unreached());
        for (String viewer : new String[] {READER, null}) {
            confluence.actAs(viewer);
            assertEquals(String.valueOf(viewer), List.of(), reads.list(all).unreached());
        }
    }

    private String render(Map<String, String> parameters) throws Exception {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, "display"));
        assertFalse("a blocked template call leaves a literal reference:\n" + html, html.contains("$line."));
        return html;
    }

    private void action(String title, Map<String, Object> values) {
        Map<String, Object> row = new HashMap<>(values);
        row.put("COUNCIL_ID", uds);
        row.put("TITLE", title);
        row.putIfAbsent("STATUS", "OPEN");
        row.put("PERCENT_DONE", 0);
        row.put("DUE_DATE", CalendarDays.toDate(TODAY.plusDays(3)));
        row.put("CREATED_AT", Date.from(NOW));
        row.put("VERSION", 0);
        ao.create(ActionItemEntity.class, List.of(row));
    }

    private int member(String name, String email) {
        MemberEntity row = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("NAME", name),
                new DBParam("ROLE", "MEMBER"), new DBParam("VERSION", 0));
        row.setEmail(email);
        row.save();
        return row.getID();
    }

    private int organisation(String contactUserKey, String contactEmail) {
        OrganisationEntity row = ao.create(OrganisationEntity.class, new DBParam("NAME", "Org " + System.nanoTime()),
                new DBParam("KIND", "USER_ORGANISATION"), new DBParam("SPACE_KEY", "UDS"), new DBParam("VERSION", 0));
        row.setContactUserKey(contactUserKey);
        row.setContactEmail(contactEmail);
        row.save();
        return row.getID();
    }

    private static String row(String html, String title) {
        int at = html.indexOf("<span class=\"samraad-action-title\" lang=\"da\">" + title + "</span>");
        assertTrue(title + "\n" + html, at > 0);
        int start = html.lastIndexOf("<tr ", at);
        return html.substring(start, html.indexOf("</tr>", at) + 5);
    }
}
