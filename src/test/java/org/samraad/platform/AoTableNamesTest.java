package org.samraad.platform;

import static org.junit.Assert.assertEquals;

import net.java.ao.RawEntity;
import org.junit.Test;
import org.samraad.SamraadSchema;
import org.samraad.platform.sql.AoTableNames;
import org.samraad.testing.AtlassianNaming;

/** The raw-SQL names must be the names Active Objects really gives the tables and columns. */
public class AoTableNamesTest {
    @Test
    public void everyTableNameMatchesTheAtlassianTableNameConverter() {
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            String expected = AtlassianNaming.tableNameConverter().getName(entity);
            assertEquals('"' + expected + '"', AoTableNames.table(entity));
        }
    }

    @Test
    public void theNamespaceIsTheSchemaNamespace() {
        assertEquals(AtlassianNaming.TABLE_PREFIX + "_", AoTableNames.prefix());
    }

    @Test
    public void columnNamesFollowTheAtlassianFieldNameConverter() {
        assertEquals("\"COUNCIL_ID\"", AoTableNames.column("CouncilId"));
        assertEquals("\"TERM_END\"", AoTableNames.column("TermEnd"));
        assertEquals("\"ID\"", AoTableNames.column("ID"));
    }
}
