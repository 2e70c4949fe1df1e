package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * The register at scale: 100 000 actions across 50 councils (inserted in batches on the test connection). The
 * macro's first page (50 rows, filtered by organisation and status) and the REST list's first page each cost at most
 * three statements, as with ten actions. Takes a few seconds on HSQLDB; timings are the benchmark's job
 * ({@code mvn -Pbenchmark}), not this test's.
 */
public class ActionRegisterScaleTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int COUNCILS = 50;
    private static final int ORGANISATIONS = 40;
    private static final int ACTIONS = 100_000;

    @Test
    public void theFirstPageOfOneCouncilsRegisterFilteredByOrganisationAndStatusCostsThreeStatementsAmong100000Actions()
            throws Exception {
        FakeConfluence confluence = new FakeConfluence();
        List<Integer> councils = new ArrayList<>();
        for (int i = 0; i < COUNCILS; i++) {
            String space = "S" + i;
            confluence.space(space).grant(null, Permission.VIEW, space);
            councils.add(ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", space), new DBParam("NAME", "Council " + i),
                    new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID());
        }
        List<Integer> organisations = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS; i++) {
            organisations.add(ao.create(OrganisationEntity.class, new DBParam("NAME", "Organisation " + i),
                    new DBParam("KIND", "VOLUNTARY_ORGANISATION"), new DBParam("SPACE_KEY", "S" + (i % COUNCILS)),
                    new DBParam("VERSION", 0)).getID());
        }
        try (Connection connection = entityManager.getProvider().getConnection()) {
            BulkActions.insert(connection, councils, organisations, ACTIONS, TODAY);
        }
        ao.flushAll();
        TestPlugin plugin = plugin().confluence(confluence).clock(() -> NOW).start();
        ActionsMacro macro = plugin.get(ActionsMacro.class);
        // council 0 holds actions 0, 50, 100, …; with 40 organisations, organisation 0 owns those whose number is a
        // multiple of 200 (and not 6 mod 7); of those, statuses OPEN and IN_PROGRESS are i mod 4 = 0 or 1
        int council = councils.get(0);
        int organisation = organisations.get(0);
        long expected = countExpected();
        Map<String, String> parameters = new HashMap<>(Map.of("council", String.valueOf(council),
                "organisation", String.valueOf(organisation), "status", "open,in_progress", "pageSize", "50"));

        String[] rendered = new String[1];
        List<String> statements = sql.statementsDuring(() -> rendered[0] = render(macro, parameters));

        assertTrue(statements.size() + " statements: " + statements, statements.size() <= 3);
        String html = rendered[0];
        assertEquals(50, html.split("<tr class=\"samraad-action", -1).length - 1);
        assertTrue(html.contains("50 of " + expected + " action items shown."));
        ActionFilter filter = ActionFilter.parse(String.valueOf(council), String.valueOf(organisation), null,
                List.of("OPEN,IN_PROGRESS"), null, null, null, null, "50", null);
        sql.assertAtMost(3, () -> {
            ActionPage page = plugin.get(ActionReads.class).list(filter);
            assertEquals(50, page.items().size());
            assertEquals(expected, page.total());
        });
    }

    private static long countExpected() {
        long count = 0;
        for (int i = 0; i < ACTIONS; i++) {
            if (i % COUNCILS == 0 && i % 7 != 6 && i % ORGANISATIONS == 0 && i % 4 <= 1) {
                count++;
            }
        }
        return count;
    }

    private static String render(ActionsMacro macro, Map<String, String> parameters) {
        try {
            return macro.execute(new HashMap<>(parameters), null, new HostConversionContext("S0", 1L, "display"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
