package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.platform.sql.AoTableNames;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/** The register's SQL picks a council the way every database's planner reads as one range of its index. */
public class ActionsQueryTest extends AoTestSupport {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String COUNCIL_EQUALS = "a." + AoTableNames.column("CouncilId") + " = ?";
    private static final String COUNCIL_IN = "a." + AoTableNames.column("CouncilId") + " IN (?, ?)";

    private ActionsQuery query;
    private int first;
    private int second;

    @Before
    public void setUp() {
        query = plugin().confluence(new FakeConfluence()).clock(() -> Instant.parse("2026-11-22T10:15:00Z")).start()
                .get(ActionsQuery.class);
        first = council("A");
        second = council("B");
        action(first, "Første");
        action(first, "Anden");
        action(second, "Tredje");
    }

    @Test
    public void oneCouncilIsAskedForAsAnEqualityNotAsAListOfOne() {
        List<String> statements = sql.statementsDuring(() -> {
            assertEquals(2, query.totals(List.of(first), ActionFilter.everything(), null, TODAY).stream()
                    .mapToInt(ActionsQuery.Group::count).sum());
            assertEquals(2, query.count(List.of(first), ActionFilter.everything(), null, TODAY));
            assertEquals(2, query.window(List.of(first), ActionFilter.everything(), null, null, TODAY).size());
        });

        assertEquals(3, statements.size());
        statements.forEach(statement -> assertTrue(statement, quoted(statement).contains(COUNCIL_EQUALS)));
    }

    @Test
    public void severalCouncilsAreAskedForAsAList() {
        List<String> statements = sql.statementsDuring(() ->
                assertEquals(3, query.count(List.of(first, second), ActionFilter.everything(), null, TODAY)));

        assertEquals(1, statements.size());
        assertTrue(statements.get(0), quoted(statements.get(0)).contains(COUNCIL_IN));
    }

    /** The statement with standard SQL's identifier quotes, whatever the database's own (MySQL's are backticks). */
    private static String quoted(String statement) {
        return statement.replace('`', '"');
    }

    private int council(String spaceKey) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", "Råd " + spaceKey),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
    }

    private void action(int council, String title) {
        ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("TITLE", title),
                new DBParam("STATUS", "OPEN"), new DBParam("PERCENT_DONE", 0), new DBParam("VERSION", 0),
                new DBParam("CREATED_AT", new Date()));
    }
}
