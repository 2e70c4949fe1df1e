package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

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
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilService;
import org.samraad.council.OrganisationEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * A register page sorted by organisation reads only the actions of the organisations it reaches, found from the
 * totals read before it; it lists exactly what the whole sort lists, page after page, either way, with names the
 * database sorts as it likes (case, accents, two organisations of one name) and actions without an organisation.
 */
public class OrganisationSortedWindowTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<String> NAMES = List.of("Natcafé", "Røde Kors", "røde kors", "Natcafé", "Hela människan",
            "Ålands hjälp", "Zebra", "natcafe", "Blå Kors");

    private ActionReads actions;
    private Council council;

    @Before
    public void setUp() {
        FakeConfluence confluence = new FakeConfluence().space("UDS").grant(null, Permission.VIEW, "UDS");
        TestPlugin plugin = plugin().confluence(confluence).clock(() -> NOW).start();
        actions = plugin.get(ActionReads.class);
        int uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
        council = plugin.get(CouncilService.class).get(uds);
        List<Integer> organisations = new ArrayList<>();
        for (String name : NAMES) {
            organisations.add(ao.create(OrganisationEntity.class, new DBParam("NAME", name),
                    new DBParam("KIND", "VOLUNTARY_ORGANISATION"), new DBParam("SPACE_KEY", "UDS"),
                    new DBParam("VERSION", 0)).getID());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 83; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("COUNCIL_ID", uds);
            row.put("TITLE", "Action " + i);
            row.put("STATUS", i % 5 == 4 ? "DONE" : i % 2 == 0 ? "OPEN" : "IN_PROGRESS");
            row.put("PERCENT_DONE", 0);
            // every tenth without an organisation, the rest unevenly over the organisations
            row.put("ORGANISATION_ID", i % 10 == 3 ? null : organisations.get((i * i) % organisations.size()));
            row.put("OWNER_NAME", "Owner " + i);
            row.put("DUE_DATE", i % 7 == 0 ? null : CalendarDays.toDate(TODAY.plusDays(i % 13 - 6)));
            row.put("CREATED_AT", Date.from(NOW));
            row.put("VERSION", 0);
            rows.add(row);
        }
        ao.create(ActionItemEntity.class, rows);
        ao.flushAll();
    }

    @Test
    public void everyPageListsWhatTheWholeSortListsEitherWay() {
        for (String sort : List.of("organisation", "organisation,desc")) {
            for (int pageSize : new int[] {1, 4, 7, 25}) {
                List<Integer> whole = ids(actions.list(filter(sort, 500, 0)));
                assertEquals(67, whole.size()); // 83 less the 16 done
                for (int offset = 0; offset < whole.size(); offset += pageSize) {
                    ActionRegister page = actions.register(council, filter(sort, pageSize, offset));

                    assertEquals(sort + ", " + pageSize + " from " + offset,
                            whole.subList(offset, Math.min(whole.size(), offset + pageSize)), ids(page.page()));
                    assertEquals(67, page.page().total());
                }
            }
        }
    }

    @Test
    public void theFirstPageReachesTheFirstOrganisationsAndAPageAmongThoseWithoutOneLeavesNothingOut() {
        List<ActionsQuery.Group> totals = List.of(
                new ActionsQuery.Group(ActionStatus.OPEN, 1, "Blå Kors", 3),
                new ActionsQuery.Group(ActionStatus.IN_PROGRESS, 1, "Blå Kors", 2),
                new ActionsQuery.Group(ActionStatus.OPEN, 2, "Hela människan", 4),
                new ActionsQuery.Group(ActionStatus.OPEN, null, null, 6));

        assertEquals("Blå Kors", ActionsQuery.organisationsUpTo(totals, filter("organisation", 5, 0)));
        assertEquals("Hela människan", ActionsQuery.organisationsUpTo(totals, filter("organisation", 5, 1)));
        assertNull("the window reaches the actions without one", ActionsQuery.organisationsUpTo(totals,
                filter("organisation", 5, 5)));
        assertNull("past the matches", ActionsQuery.organisationsUpTo(totals, filter("organisation", 50, 0)));
        assertNull("another sort", ActionsQuery.organisationsUpTo(totals, filter("dueDate", 5, 0)));
    }

    private static ActionFilter filter(String sort, int limit, int offset) {
        return ActionFilter.parse(null, null, null, List.of("OPEN,IN_PROGRESS"), null, null, null, sort,
                String.valueOf(limit), String.valueOf(offset));
    }

    private static List<Integer> ids(ActionPage page) {
        return page.items().stream().map(ActionItem::id).toList();
    }
}
