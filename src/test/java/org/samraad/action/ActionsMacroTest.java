package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * The action register macro rendered through the product-like renderer (automatic HTML encoding, the descriptor's
 * Velocity allowlist) on the test database: every parameter, the totals, overdue in words, hostile text, what each
 * viewer and output type gets, and the three-statement budget for 10 and 2 000 actions. Today is {@link #TODAY}.
 */
public class ActionsMacroTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String OWNER = "key-owner";
    private static final Map<String, String> USERS = Map.of(
            EDITOR, "Edvin Editor", READER, "Rita Reader", OWNER, "Maria Hansen");
    private static final String HOSTILE = "<script>window.x=1</script>\"Åse\" & 'co'";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;window.x=1&lt;/script&gt;&quot;Åse&quot; &amp; &#39;co&#39;";

    private FakeConfluence confluence;
    private ActionReads actions;
    private ActionWorkflow workflow;
    private ActionHistory actionHistory;
    private ActionsMacro macro;
    private ActionsSection section;
    private int uds;
    private int intern;
    private int redCross;
    private int helaManniskan;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT").space("EMPTY")
                .grant(null, Permission.VIEW, "UDS")
                .grant(null, Permission.VIEW, "EMPTY")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(OWNER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(EDITOR, Permission.EDIT, "INT")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(USERS).clock(() -> NOW).start();
        actions = plugin.get(ActionReads.class);
        workflow = plugin.get(ActionWorkflow.class);
        actionHistory = plugin.get(ActionHistory.class);
        macro = plugin.get(ActionsMacro.class);
        section = plugin.get(ActionsSection.class);
        uds = council("UDS", "Udsatterådet Nordby");
        intern = council("INT", "Internt råd");
        redCross = organisation("Røde Kors", "UDS");
        helaManniskan = organisation("Hela människan", "UDS");
    }

    /** Four to do (one overdue, one without a date), one done, one cancelled; and one in another council. */
    private Map<String, ActionItem> standardActions() {
        Map<String, ActionItem> created = new HashMap<>();
        created.put("overdue", create(uds, "Kortlæg behov", null, "Maria fra Hela människan", helaManniskan,
                TODAY.minusDays(3), "OPEN", 0, null));
        created.put("soon", create(uds, "Send information om natcaféen", OWNER, null, redCross,
                TODAY.plusDays(5), "IN_PROGRESS", 40, null));
        created.put("later", create(uds, "Planlæg temadag", null, null, redCross, TODAY.plusDays(40), "OPEN", 0, null));
        created.put("undated", create(uds, "Find mødelokale", null, "Karin Holm", null, null, "OPEN", 10, null));
        created.put("done", create(uds, "Godkend referat", null, "Karin Holm", redCross, TODAY.minusDays(10), "DONE", 100, null));
        created.put("cancelled", create(uds, "Aflyst tur", null, null, helaManniskan, TODAY.minusDays(1), "CANCELLED", 0, null));
        created.put("internal", create(intern, "Internt punkt", null, "Intern", null, TODAY, "OPEN", 0, null));
        return created;
    }

    @Test
    public void aRegisterOfOtherStatusesNamesThemInItsHeadingSoTwoRegistersOnAPageAreTold() throws Exception {
        standardActions();

        assertTrue(render("display", Map.of()).contains(">Action items: Udsatterådet Nordby</h2>"));
        assertTrue(render("display", Map.of("status", "open,in_progress")).contains(
                ">Action items: Udsatterådet Nordby</h2>"));
        assertTrue(render("display", Map.of("status", "CANCELLED, done")).contains(
                ">Action items: Udsatterådet Nordby (done, cancelled)</h2>"));
    }

    @Test
    public void anAnonymousReaderSeesTheOpenActionsWithTotalsAndOverdueInWordsWithoutControls() throws Exception {
        standardActions();
        confluence.actAs(null);

        String html = render("display", Map.of());

        assertTrue(html.contains("<h2 id=\"samraad-actions-" + uds + "-"));
        assertTrue(html.contains(">Action items: Udsatterådet Nordby</h2>"));
        assertTrue("status totals of the whole match, as a table",
                html.contains("<tr><th scope=\"row\">Open</th><td class=\"samraad-number\">3</td></tr>"));
        assertTrue(html.contains("<tr><th scope=\"row\">In progress</th><td class=\"samraad-number\">1</td></tr>"));
        assertFalse("only the statuses asked for are totalled", html.contains("<th scope=\"row\">Done</th>"));
        assertTrue("organisation totals by name, none last",
                html.indexOf(">Hela människan</th><td class=\"samraad-number\">1<") > 0
                        && html.indexOf(">Hela människan</th>") < html.indexOf(">Røde Kors</th><td class=\"samraad-number\">2<")
                        && html.indexOf(">Røde Kors</th>") < html.indexOf(">No organisation</th><td class=\"samraad-number\">1<"));
        assertTrue(html.contains("4 of 4 action items shown."));
        assertTrue(html.contains(">Action items, sorted by due date</caption>"));
        assertTrue("due date order, undated last", order(html, "Kortlæg behov", "Send information om natcaféen",
                "Planlæg temadag", "Find mødelokale"));
        assertFalse("closed actions are not in the default filter", html.contains("Godkend referat"));
        assertFalse("another council's actions never show", html.contains("Internt punkt"));
        String overdueRow = row(html, "Kortlæg behov");
        assertTrue("overdue in words", overdueRow.contains("<strong class=\"samraad-overdue-label aui-lozenge aui-lozenge-error\">Overdue</strong>"));
        assertTrue("and by a class", overdueRow.startsWith("<tr class=\"samraad-action samraad-action-overdue\""));
        assertTrue(overdueRow.contains("<time datetime=\"" + TODAY.minusDays(3) + "\">"));
        assertTrue(overdueRow.contains("<td class=\"samraad-action-status\"><span class=\"aui-lozenge \">Open</span></td>"));
        assertTrue(overdueRow.contains("<span class=\"samraad-action-person\">Maria fra Hela människan</span><br>"
                + "<span class=\"samraad-action-organisation\">Hela människan</span>"));
        String soon = row(html, "Send information om natcaféen");
        assertFalse(soon.contains("Overdue"));
        assertTrue(soon.startsWith("<tr class=\"samraad-action\""));
        assertTrue("a user owner by full name", soon.contains(">Maria Hansen</span>"));
        assertTrue(soon.contains("<td class=\"samraad-action-status\"><span class=\"aui-lozenge aui-lozenge-current\">In progress</span></td>"));
        assertTrue(soon.contains(">40&nbsp;%</td>"));
        assertTrue(row(html, "Find mødelokale").contains("No due date"));
        assertFalse(row(html, "Planlæg temadag").contains("samraad-action-person"));
        assertFalse("no editing for readers", withoutFilters(html).contains("<form"));
        assertTrue("but filters, for everyone in the live page", html.contains("<form class=\"aui samraad-actions-filter\""));
        assertFalse("no saving for readers", html.contains(">Save</button>"));
        assertTrue("the CSV with the same filters", html.contains("href=\"/rest/samraad/1.0/actions.csv?councilId=" + uds
                + "&amp;status=OPEN%2CIN_PROGRESS&amp;sort=dueDate\""));
        assertWellFormedTables(html);
    }

    @Test
    public void everyParameterFiltersSortsOrLimits() throws Exception {
        standardActions();
        int meeting = meeting(uds);
        create(uds, "Fra mødet", null, "Karin Holm", null, TODAY.plusDays(2), "OPEN", 0, meeting);

        assertEquals(List.of("Send information om natcaféen", "Planlæg temadag"),
                titles(render("display", Map.of("organisation", String.valueOf(redCross)))));
        assertEquals(List.of("Send information om natcaféen"), titles(render("display", Map.of("owner", OWNER))));
        assertEquals(List.of("Godkend referat", "Aflyst tur"), titles(render("display", Map.of("status", "done, CANCELLED"))));
        assertEquals(List.of("Godkend referat"), titles(render("display", Map.of("status", "done"))));
        assertEquals(List.of("Kortlæg behov"), titles(render("display", Map.of("overdue", "true"))));
        assertEquals(5, titles(render("display", Map.of("overdue", "false"))).size());
        assertEquals(List.of("Fra mødet", "Send information om natcaféen"),
                titles(render("display", Map.of("dueWithinDays", "7"))));
        assertEquals(List.of("Fra mødet"), titles(render("display", Map.of("meeting", String.valueOf(meeting)))));
        assertEquals(List.of("Kortlæg behov", "Send information om natcaféen", "Planlæg temadag", "Fra mødet",
                "Find mødelokale"), titles(render("display", Map.of("sort", "organisation"))));
        assertEquals(List.of("Kortlæg behov", "Fra mødet", "Planlæg temadag", "Find mødelokale",
                "Send information om natcaféen"), titles(render("display", Map.of("sort", "status"))));
        assertTrue(render("display", Map.of("sort", "updated")).contains("sorted by last change"));
        String two = render("display", Map.of("pageSize", "2"));
        assertEquals(List.of("Kortlæg behov", "Fra mødet"), titles(two));
        assertTrue(two.contains("2 of 5 action items shown."));
        assertTrue("totals count every match, not the page",
                two.contains("<tr><th scope=\"row\">Open</th><td class=\"samraad-number\">4</td></tr>"));
        String other = render("display", Map.of("council", String.valueOf(intern)));
        assertEquals(List.of("Internt punkt"), titles(other));
        assertTrue(other.contains("Action items: Internt råd"));

        String combined = render("display", Map.of("organisation", String.valueOf(redCross), "status", "open,done",
                "dueWithinDays", "100", "sort", "dueDate", "pageSize", "10", "owner", "@me"));
        assertTrue("@me of the editor, who owns nothing", combined.contains("No action items match."));
        assertTrue(combined.contains("My action items: Udsatterådet Nordby"));
        assertTrue(combined.contains("href=\"/rest/samraad/1.0/actions.csv?councilId=" + uds + "&amp;organisationId="
                + redCross + "&amp;owner=%40me&amp;status=OPEN%2CDONE&amp;dueWithinDays=100&amp;sort=dueDate\""));
        String overdueCsv = render("display", Map.of("overdue", "true", "meeting", String.valueOf(meeting)));
        assertTrue(overdueCsv.contains("&amp;overdue=true&amp;meetingId=" + meeting + "&amp;"));

        confluence.actAs(OWNER);
        assertEquals(List.of("Send information om natcaféen"), titles(render("display", Map.of("owner", "@ME"))));
        confluence.actAs(null);
        assertTrue("anonymous readers own nothing",
                render("display", Map.of("owner", "@me")).contains("No action items match."));
    }

    @Test
    public void hostileTitlesNamesAndOrganisationsAreEscapedEverywhere() throws Exception {
        int hostileOrganisation = organisation(HOSTILE, "UDS");
        create(uds, HOSTILE, null, HOSTILE, hostileOrganisation, TODAY.minusDays(1), "OPEN", 0, null);
        create(uds, "\"><img src=x onerror=alert(1)>", null, null, hostileOrganisation, null, "OPEN", 0, null);

        for (String outputType : List.of("display", "pdf")) {
            String html = render(outputType, Map.of("owner", "\"><script>alert(1)</script>"));
            assertTrue(html.contains("No action items match."));
            assertTrue(html.contains("owner=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E") || outputType.equals("pdf"));
            html = render(outputType, Map.of());
            assertFalse(html.contains("<script>"));
            assertFalse(html.contains("<img"));
            assertTrue(html.contains("<span class=\"samraad-action-title\" lang=\"da\">" + HOSTILE_ESCAPED + "</span>"));
            assertTrue(html.contains("<span class=\"samraad-action-person\">" + HOSTILE_ESCAPED + "</span>"));
            assertTrue(html.contains("<th scope=\"row\">" + HOSTILE_ESCAPED + "</th>"));
            assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
            assertFalse("no unrendered references", html.contains("$"));
        }
    }

    @Test
    public void exportOutputIsStaticHtmlWithoutFormsButtonsOrDownloadLink() throws Exception {
        standardActions();
        for (String outputType : List.of("pdf", "word", "email", "preview", "html_export")) {
            String html = render(outputType, Map.of());
            assertFalse(outputType, html.contains("<form"));
            assertFalse(outputType, html.contains("<button"));
            assertFalse(outputType, html.contains("data-editable"));
            assertFalse(outputType, html.contains("actions.csv"));
            assertTrue(outputType, html.contains("<strong class=\"samraad-overdue-label aui-lozenge aui-lozenge-error\">Overdue</strong>"));
            assertTrue(outputType, html.contains("4 of 4 action items shown."));
            assertWellFormedTables(html);
        }
    }

    @Test
    public void spaceEditorsChangeStatusAndProgressInTheLivePageOnly() throws Exception {
        Map<String, ActionItem> a = standardActions();
        ActionItem soon = a.get("soon");
        workflow.update(soon.id(), new ActionInput(null, soon.title(), null, OWNER, null, null, redCross,
                soon.dueDate().toString(), "IN_PROGRESS", 60, null, null, null, soon.version()));

        String html = render("display", Map.of());

        assertTrue(html.contains("data-editable=\"true\""));
        String row = row(html, "Send information om natcaféen");
        assertTrue("the version the page was rendered with", row.contains(
                "data-action-id=\"" + soon.id() + "\" data-version=\"" + (soon.version() + 1) + "\""));
        assertTrue("the row's current values, for the form the script builds from them", row.contains(
                "data-status=\"IN_PROGRESS\" data-percent-done=\"60\""));
        assertTrue(row.contains("<time datetime=\"" + soon.dueDate() + "\">"));
        assertFalse("no form per row: the script builds it when it is opened", row.contains("<form"));
        assertTrue("read first: the form opens from the row's button", row.contains("<button type=\"button\" "
                + "class=\"aui-button samraad-action-progress-toggle\" hidden aria-expanded=\"false\" aria-controls=\""
                + rowId(row) + "-progress\""));
        assertEquals("one progress form for the whole register", 1,
                html.split("class=\"samraad-action-progress-template\"", -1).length - 1);
        String template = html.substring(html.indexOf("<template class=\"samraad-action-progress-template\">"),
                html.indexOf("</template>") + 11);
        assertTrue(template.contains("<form class=\"aui samraad-action-form\" hidden novalidate>"));
        assertTrue("every input has a label", template.contains("<label data-for=\"status\">Status</label>"));
        assertTrue(template.contains("<label data-for=\"percentDone\">Progress (%)</label>"));
        assertTrue(template.contains("<option value=\"IN_PROGRESS\">In progress</option>"));
        assertTrue(template.contains("<option value=\"DONE\">Done</option>"));
        assertTrue(template.contains("name=\"percentDone\" type=\"number\" min=\"0\" max=\"100\" step=\"1\" inputmode=\"numeric\">"));
        assertTrue("field errors have a place", template.contains("<p class=\"samraad-field-error\" data-error-of=\"percentDone\"></p>"));
        assertFalse("the template names no row", template.contains(" id=\""));

        confluence.actAs(READER);
        String reader = render("display", Map.of());
        assertFalse(withoutFilters(reader).contains("<form"));
        assertFalse(reader.contains("data-editable"));
        assertFalse(reader.contains("samraad-action-change-toggle"));
        confluence.actAs(EDITOR);
        assertFalse("no controls outside the live page", render("preview", Map.of()).contains("<form"));
    }

    @Test
    public void badParametersAreReportedInTheReadersLanguage() {
        assertMacroError(Map.of("organisation", "Røde Kors"), "The organisation parameter must be the number of an organisation.");
        assertMacroError(Map.of("organisation", "0"), "The organisation parameter must be the number of an organisation.");
        assertMacroError(Map.of("meeting", "x"), "The meeting parameter must be the number of a meeting.");
        assertMacroError(Map.of("owner", "a\u0000b"), "The owner parameter must be a user key or @me.");
        assertMacroError(Map.of("status", "open,later"),
                "The status parameter must list open, in_progress, done or cancelled, separated by commas.");
        assertMacroError(Map.of("overdue", "yes"), "The overdue parameter must be true or false.");
        assertMacroError(Map.of("dueWithinDays", "-1"), "The due-within-days parameter must be a whole number from 0 to 3650.");
        assertMacroError(Map.of("dueWithinDays", "3651"), "The due-within-days parameter must be a whole number from 0 to 3650.");
        assertMacroError(Map.of("sort", "title"), "The sort parameter must be dueDate, status, organisation or updated.");
        assertMacroError(Map.of("pageSize", "101"), "The page-size parameter must be a whole number from 1 to 100.");
        assertMacroError(Map.of("pageSize", "0"), "The page-size parameter must be a whole number from 1 to 100.");
        assertMacroError(Map.of("council", "abc"), "The council parameter must be the number of a council.");
        assertMacroError(Map.of("council", "987654"), "The council could not be found, or you do not have access to it.");
        confluence.actAs(READER);
        assertMacroError(Map.of("council", String.valueOf(intern)),
                "The council could not be found, or you do not have access to it.");
    }

    @Test
    public void aSpaceWithoutACouncilSaysSo() throws Exception {
        String html = macro.execute(new HashMap<>(), null, new HostConversionContext("EMPTY", 1L, "display"));

        assertTrue(html.contains("No council has been set up in this space yet."));
    }

    @Test
    public void renderingCostsAtMostThreeStatementsForTenAndTwoThousandActions() throws Exception {
        for (int count : new int[] {10, 2_000}) {
            ao.deleteWithSQL(ActionItemEntity.class, "ID > ?", 0);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Map<String, Object> row = new HashMap<>();
                row.put("COUNCIL_ID", i % 5 == 0 ? intern : uds);
                row.put("TITLE", "Action " + i);
                row.put("STATUS", ActionStatus.values()[i % 4].name());
                row.put("PERCENT_DONE", i % 101);
                row.put("ORGANISATION_ID", i % 3 == 0 ? null : i % 3 == 1 ? redCross : helaManniskan);
                if (i % 7 == 0) {
                    row.put("OWNER_USER_KEY", OWNER);
                } else {
                    row.put("OWNER_NAME", "Owner " + i);
                }
                row.put("DUE_DATE", CalendarDays.toDate(TODAY.plusDays(i % 60 - 30)));
                row.put("CREATED_AT", Date.from(NOW));
                row.put("UPDATED_AT", Date.from(NOW.plusSeconds(i)));
                row.put("VERSION", 0);
                rows.add(row);
            }
            ao.create(ActionItemEntity.class, rows);
            ao.flushAll();
            for (String viewer : new String[] {null, READER, EDITOR}) {
                confluence.actAs(viewer);
                for (String outputType : List.of("display", "pdf")) {
                    sql.assertAtMost(3, () -> render(outputType, Map.of()));
                    sql.assertAtMost(3, () -> render(outputType, Map.of("organisation", String.valueOf(redCross),
                            "status", "open,done", "sort", "organisation", "pageSize", "100")));
                    sql.assertAtMost(3, () -> render(outputType, Map.of("overdue", "true", "sort", "updated",
                            "owner", "@me")));
                    sql.assertAtMost(3, () -> render(outputType, Map.of("council", String.valueOf(uds),
                            "dueWithinDays", "10", "status", "open,in_progress,done,cancelled")));
                }
                // the register rendered again after a save (GET /actions/view): the same three, one council or all
                sql.assertAtMost(3, () -> section.html(ActionFilter.parse(String.valueOf(uds), null, null,
                        List.of("OPEN,IN_PROGRESS"), null, null, null, "dueDate", "25", null), null, false, null));
                sql.assertAtMost(3, () -> section.html(ActionFilter.parse(null, null, null, List.of(), "true", null,
                        null, null, "100", null), "title,status", true, "samraad-actions-all-x"));
            }
            confluence.actAs(EDITOR);
            int all = count - (count + 4) / 5;
            String html = render("display", Map.of("status", "open,in_progress,done,cancelled", "pageSize", "100"));
            assertTrue(html, html.contains(Math.min(100, all) + " of " + String.format(java.util.Locale.ENGLISH, "%,d", all) + " action items shown."));
            assertEquals(Math.min(100, all), titles(html).size());
        }
    }

    // --- helpers

    @Test
    public void theColumnsParameterPicksTheColumnsAndTheTitleAlwaysStays() throws Exception {
        standardActions();

        String html = render("display", Map.of("columns", " dueDate , STATUS"));

        assertTrue(html.contains("<th scope=\"col\">Action</th>"));
        assertTrue(html.contains("<th scope=\"col\">Due date</th>"));
        assertTrue(html.contains("<th scope=\"col\">Status</th>"));
        assertFalse(html.contains("<th scope=\"col\">Owner</th>"));
        assertFalse(html.contains("<th scope=\"col\">Progress (%)</th>"));
        String row = row(html, "Send information om natcaféen");
        assertFalse(row.contains("samraad-action-owner"));
        assertFalse(row.contains("samraad-action-percent"));
        assertTrue(row.contains("<td class=\"samraad-action-status\"><span class=\"aui-lozenge aui-lozenge-current\">In progress</span></td>"));
        assertTrue("the script fills later pages with the same columns", html.contains("data-columns=\"title,dueDate,status\""));
        assertTrue(render("display", Map.of()).contains("data-columns=\"title,owner,dueDate,status,percentDone,meeting\""));
        assertEquals(List.of("Kortlæg behov", "Send information om natcaféen", "Planlæg temadag", "Find mødelokale"),
                titles(render("display", Map.of("columns", "title"))));
    }

    @Test
    public void anUnknownColumnIsAMacroErrorNamingTheKnownOnes() {
        String known = "The columns parameter must list columns from: title, owner, dueDate, status, percentDone, meeting.";
        assertMacroError(Map.of("columns", "title,secret"), known);
        assertMacroError(Map.of("columns", HOSTILE), known);
    }

    @Test
    public void editorsChangeTheDueDateInPlaceAndAddActionsFromTheRegister() throws Exception {
        Map<String, ActionItem> a = standardActions();

        String html = render("display", Map.of());

        assertTrue(html.contains("<label data-for=\"dueDate\">Due date</label>"));
        assertTrue(html.contains("<input class=\"text\" name=\"dueDate\" type=\"date\">"));
        assertTrue("the form starts from the row's date", row(html, "Send information om natcaféen").contains(
                "<time datetime=\"" + a.get("soon").dueDate() + "\">"));
        assertFalse("no date, an empty field", row(html, "Find mødelokale").contains("<time"));
        String withoutDue = render("display", Map.of("columns", "title,status"));
        assertTrue("without its column the row carries its date", row(withoutDue, "Send information om natcaféen")
                .contains(" data-due-date=\"" + a.get("soon").dueDate() + "\""));
        assertTrue(row(withoutDue, "Find mødelokale").contains(" data-due-date=\"\""));
        assertTrue(html.contains("samraad-action-add-toggle\" hidden aria-expanded=\"false\""));
        for (String field : List.of("title", "ownerMember", "ownerUser", "ownerName", "organisationId", "dueDate")) {
            assertTrue(field, html.matches("(?s).*<label for=\"samraad-actions-" + uds + "-[0-9a-f]+-add-" + field + "\">.*"));
            assertTrue(field, html.matches("(?s).*<p class=\"samraad-field-error\" id=\"samraad-actions-" + uds
                    + "-[0-9a-f]+-add-" + field + "-error\">.*"));
        }
        assertTrue(html.contains(">Add action item</button>"));

        confluence.actAs(READER);
        assertFalse(render("display", Map.of()).contains("samraad-action-add"));
        confluence.actAs(EDITOR);
        assertFalse(render("pdf", Map.of()).contains("samraad-action-add"));
    }

    @Test
    public void everyReaderOfTheLivePageGetsHistoryOnDemandButNotInExport() throws Exception {
        standardActions();
        confluence.actAs(READER);

        String row = row(render("display", Map.of()), "Kortlæg behov");

        assertTrue(row.contains("<button type=\"button\" class=\"aui-button aui-button-subtle samraad-action-history-toggle\" hidden aria-expanded=\"false\" "
                + "aria-controls=\"" + rowId(row) + "-history\" aria-describedby=\"" + rowId(row) + "-title\">History</button>"));
        assertTrue(row.contains("<div class=\"samraad-action-history\" id=\"" + rowId(row) + "-history\" hidden tabindex=\"-1\" aria-live=\"polite\"></div>"));
        assertFalse(row(render("word", Map.of()), "Kortlæg behov").contains("History"));
    }

    @Test
    public void theLivePageOffersPagingOverTheRestListWithTheMacrosFiltersWhenMoreMatchThanOnePage() throws Exception {
        standardActions();

        String paged = render("display", Map.of("pageSize", "2", "organisation", String.valueOf(redCross)));

        assertTrue(paged.contains("2 of 2 action items shown."));
        assertTrue("all shown: the paging stays hidden (a filter may need it)",
                paged.contains("<span class=\"assistive\" id=\"" + idOf(paged) + "-pages\">Pages of action items</span>"));
        assertTrue(paged.contains("data-total=\"2\""));
        String html = render("display", Map.of("pageSize", "2"));
        assertTrue(html.contains("2 of 4 action items shown."));
        assertTrue(html.contains("<span class=\"assistive\" id=\"" + idOf(html) + "-pages\">Pages of action items</span>"));
        assertTrue(html.contains("<button type=\"button\" class=\"aui-button aui-button-subtle samraad-actions-previous\" disabled>Previous page</button>"));
        assertTrue(html.contains("data-list-path=\"/rest/samraad/1.0/actions?councilId=" + uds
                + "&amp;status=OPEN%2CIN_PROGRESS&amp;sort=dueDate\" data-page-size=\"2\" data-total=\"4\""));
        String hostile = render("display", Map.of("pageSize", "2", "owner", "\"><script>alert(1)</script>"));
        assertTrue(hostile.contains("owner=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E"));
        assertFalse(render("email", Map.of("pageSize", "2")).contains("samraad-actions-paging"));
    }

    @Test
    public void myActionsWithOwnerAtMeShowTheReadersOwnActions() throws Exception {
        standardActions();
        confluence.actAs(OWNER);

        String html = render("display", Map.of("owner", "@me"));

        assertTrue(html.contains("My action items: Udsatterådet Nordby"));
        assertEquals(List.of("Send information om natcaféen"), titles(html));
    }

    @Test
    public void councilsAllIsTheRegisterAcrossEveryCouncilTheReaderMayViewWithACouncilColumnInThreeStatements()
            throws Exception {
        standardActions();

        String[] html = new String[1];
        sql.assertAtMost(3, () -> html[0] = render("display", Map.of("councils", "all")));
        assertTrue(html[0].contains(">Action items in every council you can see</h2>"));
        assertTrue(html[0].contains("<th scope=\"col\">Council</th>"));
        assertTrue(row(html[0], "Internt punkt").contains("<td class=\"samraad-action-council\">Internt råd</td>"));
        assertTrue(row(html[0], "Kortlæg behov").contains("<td class=\"samraad-action-council\">Udsatterådet Nordby</td>"));
        assertTrue("the list and CSV without a council: every council the reader may view",
                html[0].contains("data-list-path=\"/rest/samraad/1.0/actions?status=OPEN%2CIN_PROGRESS&amp;sort=dueDate\""));
        assertTrue("the editor changes the actions of both councils", html[0].contains("data-changeable-councils=\""));
        assertFalse("no add form: an action needs one council", html[0].contains("samraad-action-add"));

        confluence.actAs(READER);
        String reader = render("display", Map.of("councils", "all"));
        assertFalse("a council the reader may not view is left out", reader.contains("Internt punkt"));
        assertTrue(reader.contains("Kortlæg behov"));
        assertFalse(reader.contains("samraad-action-change-toggle"));
        assertMacroError(Map.of("councils", "some"),
                "The councils parameter must be all (every council the reader can see), or left empty for one council.");
    }

    @Test
    public void readersGetLabelledFiltersAndEditorsAChangeOrDeleteDisclosurePerRow() throws Exception {
        standardActions();

        String html = render("display", Map.of());
        assertTrue(html.contains("<form class=\"aui samraad-actions-filter\" hidden novalidate role=\"search\""));
        for (String control : List.of("status", "organisationId", "owner", "ownerUser", "overdue")) {
            assertTrue(control, html.contains("<label for=\"" + idOf(html) + "-filter-" + control + "\">"));
        }
        assertTrue("the owner is picked by name, not typed as a username", html.contains("<input id=\"" + idOf(html)
                + "-filter-ownerUser\" name=\"ownerUser\" type=\"text\" class=\"text samraad-user-picker\""
                + " data-user-key-field=\"ownerUserKey\""));
        assertTrue(html.contains("<option value=\"OPEN,IN_PROGRESS\" selected>Open and in progress</option>"));
        String row = row(html, "Kortlæg behov");
        assertTrue(row.contains("<button type=\"button\" class=\"aui-button aui-button-subtle samraad-action-change-toggle\" hidden aria-expanded=\"false\""
                + " aria-controls=\"" + rowId(row) + "-details\""));
        assertTrue("a progress note with each update", html.contains("<label data-for=\"note\">Progress note</label>"));
        assertFalse("no filters outside the live page", render("pdf", Map.of()).contains("samraad-actions-filter"));
    }

    private static String idOf(String html) {
        return html.replaceAll("(?s).*?<section class=\"samraad samraad-actions\" id=\"([^\"]+)\".*", "$1");
    }

    private String render(String outputType, Map<String, String> parameters) throws MacroExecutionException {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html,
                html.contains("$a.") || html.contains("$line.") || html.contains("$t."));
        return html;
    }

    private void assertMacroError(Map<String, String> parameters, String message) {
        try {
            macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, "display"));
            fail("expected an error for " + parameters);
        } catch (MacroExecutionException e) {
            assertEquals(message, e.getMessage());
        }
    }

    private ActionItem create(int councilId, String title, String ownerUserKey, String ownerName, Integer organisationId,
            LocalDate due, String status, int percent, Integer meetingId) {
        String previous = confluence.currentUser().userKey().orElse(null);
        confluence.actAs(EDITOR);
        try {
            return workflow.create(new ActionInput(councilId, title, null, ownerUserKey, ownerName, null, organisationId,
                    due == null ? null : due.toString(), status, percent, null, meetingId, null, null));
        } finally {
            confluence.actAs(previous);
        }
    }

    private int council(String spaceKey, String name) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", name),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
    }

    private int organisation(String name, String spaceKey) {
        return ao.create(OrganisationEntity.class, new DBParam("NAME", name), new DBParam("KIND", "USER_ORGANISATION"),
                new DBParam("SPACE_KEY", spaceKey), new DBParam("VERSION", 0)).getID();
    }

    private int meeting(int councilId) {
        return ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", "PLANNED"), new DBParam("STARTS_AT", Date.from(NOW)),
                new DBParam("VERSION", 0)).getID();
    }

    /** The titles of the register table's rows, in order (escaped as in the HTML). */
    private static List<String> titles(String html) {
        List<String> titles = new ArrayList<>();
        // the title carries the council's language where the reader's differs: lang="da" in an English page
        String marker = "<span class=\"samraad-action-title\"";
        for (int at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + 1)) {
            int start = html.indexOf('>', at) + 1;
            titles.add(html.substring(start, html.indexOf("</span>", start)));
        }
        return titles;
    }

    /** The table row of the action with this title, from its {@code <tr} to its {@code </tr>}. */
    private static String row(String html, String title) {
        int at = html.indexOf("<span class=\"samraad-action-title\" lang=\"da\">" + title + "</span>");
        assertTrue(title, at > 0);
        int start = html.lastIndexOf("<tr ", at);
        return html.substring(start, html.indexOf("</tr>", at) + 5);
    }

    private static String rowId(String row) {
        int start = row.indexOf(" id=\"") + 5;
        return row.substring(start, row.indexOf('"', start));
    }

    private static boolean order(String html, String... titles) {
        List<String> found = titles(html);
        return found.equals(List.of(titles));
    }

    private static void assertWellFormedTables(String html) {
        int tables = html.split("<table", -1).length - 1;
        assertEquals(tables, html.split("</table>", -1).length - 1);
        assertEquals("every table has a caption", tables, html.split("<caption", -1).length - 1);
        assertEquals("every table is an AUI table", tables, html.split("<table class=\"aui ", -1).length - 1);
        assertFalse(html.contains("<th>"));
    }

    /** The page without the readers' filter form, which every reader of the live page gets. */
    private static String withoutFilters(String html) {
        return html.replaceAll("(?s)<form class=\"aui samraad-actions-filter\".*?</form>", "");
    }

}
