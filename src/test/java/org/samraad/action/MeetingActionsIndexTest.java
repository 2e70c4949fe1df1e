package org.samraad.action;

import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.Assume;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestDatabase;

/**
 * The meeting page's follow-up (the actions from the meeting, and the council's most urgent others) finds the
 * meeting's own actions by an index that starts with the meeting: by the council's index, HSQLDB read every one of
 * the council's actions to find a meeting's few (mvn -Pbenchmark, MeetingPageBenchmark). Read from HSQLDB's plan of
 * the statement itself; PostgreSQL and MySQL choose by statistics and name no such thing here.
 */
public class MeetingActionsIndexTest extends AoTestSupport {
    private static final int MEETING = 4711;

    @Test
    public void theFollowUpFindsTheMeetingsOwnActionsByTheMeetingAndNotByAllOfTheCouncils() throws Exception {
        Assume.assumeTrue("HSQLDB's EXPLAIN PLAN", TestDatabase.HSQL.equals(TestDatabase.selected()));
        // several councils' actions, none from a meeting (as made in the register): HSQLDB then takes the council's
        // index over a meeting index of one column
        List<Integer> councils = new ArrayList<>();
        for (String space : List.of("UDS", "HAN", "ÆLD")) {
            councils.add(ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", space), new DBParam("NAME", space),
                    new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID());
        }
        int organisation = ao.create(OrganisationEntity.class, new DBParam("NAME", "Røde Kors"),
                new DBParam("KIND", "VOLUNTARY_ORGANISATION"), new DBParam("SPACE_KEY", "UDS"),
                new DBParam("VERSION", 0)).getID();
        try (Connection connection = entityManager.getProvider().getConnection()) {
            BulkActions.insert(connection, councils, List.of(organisation), 600, LocalDate.now());
        }
        int council = councils.get(0);
        ao.flushAll();
        ActionsQuery query = plugin().start().get(ActionsQuery.class);
        String followUp = sql.statementsDuring(() -> query.forMeeting(council, MEETING, LocalDate.now(), 20)).get(0);

        // the meeting's own actions are the derived table's first part, aliased m
        String ownActions = rangeVariable(plan(followUp), "M");

        assertTrue("the meeting's actions are looked up by their meeting:\n" + ownActions,
                startConditions(ownActions).contains("AO_2E1BAF_ACTION_ITEM.MEETING_ID"));
    }

    private List<String> plan(String statement) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = entityManager.getProvider().getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN PLAN FOR " + statement);
                ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }

    /** The plan's lines for the table read under {@code alias}, up to the next table read. */
    private static String rangeVariable(List<String> plan, String alias) {
        String all = String.join("\n", plan);
        int at = all.indexOf("alias=" + alias + "\n");
        assertTrue("the plan reads a table as " + alias + ":\n" + all, at >= 0);
        int end = all.indexOf("range variable", at);
        return all.substring(at, end < 0 ? all.length() : end);
    }

    /** What the index is entered with (the conditions after it are only tested on each row it gives). */
    private static String startConditions(String rangeVariable) {
        int start = rangeVariable.indexOf("start conditions");
        int other = rangeVariable.indexOf("other condition");
        return start < 0 ? "" : rangeVariable.substring(start, other < 0 ? rangeVariable.length() : other);
    }
}
