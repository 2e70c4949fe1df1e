package org.samraad.platform.sql;

import static org.junit.Assert.assertEquals;
import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.util.List;
import net.java.ao.DBParam;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.AoTransactionalExecutors;

/** Raw reads on the selected database ({@code -Ddb=hsql|postgres|mysql}), whatever its identifier quotes. */
public class ReadOnlySqlTest extends AoTestSupport {

    @Test
    public void quotedNamesAreColumnsAndQuotesInLiteralsAreTextOnTheSelectedDatabase() {
        CouncilEntity council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"),
                new DBParam("NAME", "Rådet \"Vest\""), new DBParam("KIND", "OTHER"), new DBParam("VERSION", 0));
        ReadOnlySql sql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, this.sql::record));

        List<String> row = sql.query("SELECT 'say \"hi\"', c." + column("Name") + " FROM " + table(CouncilEntity.class)
                + " c WHERE c." + column("ID") + " = ? AND c." + column("Name") + " LIKE '%\"Vest\"'",
                List.of(council.getID()), rows -> {
                    rows.next();
                    return List.of(rows.getString(1), rows.getString(2));
                });

        assertEquals(List.of("say \"hi\"", "Rådet \"Vest\""), row);
    }

    @Test
    public void aWindowIsTheRowsFromTheOffsetUpToTheLimitInTheQuerysOrderOnTheSelectedDatabase() {
        for (int i = 1; i <= 7; i++) {
            ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "S" + i), new DBParam("NAME", "Council " + i),
                    new DBParam("KIND", "OTHER"), new DBParam("VERSION", 0));
        }
        ReadOnlySql sql = new ReadOnlySql(new AoTransactionalExecutors(entityManager, this.sql::record));
        String ordered = "SELECT c." + column("Name") + " FROM " + table(CouncilEntity.class) + " c WHERE c."
                + column("Name") + " LIKE ? ORDER BY c." + column("Name") + " DESC";
        ReadOnlySql.ResultReader<List<String>> names = rows -> {
            List<String> found = new java.util.ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        };

        assertEquals(List.of("Council 7", "Council 6", "Council 5"), sql.window(ordered, List.of("Council%"), 0, 3, names));
        assertEquals(List.of("Council 4", "Council 3", "Council 2"), sql.window(ordered, List.of("Council%"), 3, 3, names));
        assertEquals(List.of("Council 1"), sql.window(ordered, List.of("Council%"), 6, 3, names));
        assertEquals(List.of(), sql.window(ordered, List.of("Council%"), 9, 3, names));
        String derived = "SELECT c." + column("Name") + " FROM (SELECT d." + column("ID") + " AS w_id FROM "
                + table(CouncilEntity.class) + " d WHERE d." + column("Name") + " LIKE ? ORDER BY d." + column("Name")
                + ReadOnlySql.ROW_LIMIT + ") w JOIN " + table(CouncilEntity.class) + " c ON c." + column("ID")
                + " = w.w_id ORDER BY c." + column("Name");
        assertEquals("the limit inside a derived table", List.of("Council 3", "Council 4"),
                sql.window(derived, List.of("Council%"), 2, 2, names));
    }

    @Test
    public void oracleAndSqlServerGetTheStandardFetchClauseAndTheOthersLimit() {
        assertEquals(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", ReadOnlySql.rowLimit("Oracle"));
        assertEquals(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", ReadOnlySql.rowLimit("Microsoft SQL Server"));
        for (String database : List.of("PostgreSQL", "MySQL", "MariaDB", "H2", "HSQL Database Engine")) {
            assertEquals(database, " LIMIT ? OFFSET ?", ReadOnlySql.rowLimit(database));
        }
    }
}
