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
}
