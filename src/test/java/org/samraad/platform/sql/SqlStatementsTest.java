package org.samraad.platform.sql;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/** Raw SQL is written with standard double quotes and prepared with the quotes of the database it runs on. */
public class SqlStatementsTest {
    private static final String SQL = "SELECT a.\"ID\" FROM \"AO_2E1BAF_ACTION_ITEM\" a WHERE a.\"STATUS\" IN ('OPEN')";

    @Test
    public void onMySqlTheNamesTakeBackticks() {
        assertEquals("SELECT a.`ID` FROM `AO_2E1BAF_ACTION_ITEM` a WHERE a.`STATUS` IN ('OPEN')",
                SqlStatements.requote(SQL, "`"));
    }

    @Test
    public void onDatabasesWithStandardQuotesTheStatementIsUnchanged() {
        assertEquals(SQL, SqlStatements.requote(SQL, "\""));
    }

    @Test
    public void aDatabaseThatReportsNoQuotingGetsBareNames() {
        assertEquals("SELECT a.ID FROM AO_2E1BAF_ACTION_ITEM a WHERE a.STATUS IN ('OPEN')",
                SqlStatements.requote(SQL, " "));
    }

    @Test
    public void doubleQuotesInsideStringLiteralsAreText() {
        String sql = "SELECT 'say \"hi\"', 'it''s \"x\"', \"NAME\" FROM \"T\" WHERE \"NOTE\" = '\"'";
        assertEquals("SELECT 'say \"hi\"', 'it''s \"x\"', `NAME` FROM `T` WHERE `NOTE` = '\"'",
                SqlStatements.requote(sql, "`"));
    }

    /** A statement prepared anywhere else would reach MySQL with double-quoted names, i.e. with string literals. */
    @Test
    public void everyRawStatementIsPreparedHere() throws IOException {
        Pattern preparing = Pattern.compile("\\.(prepareStatement|prepareCall|createStatement)\\(");
        Path root = Paths.get("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> elsewhere = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Paths.get("org/samraad/platform/sql/SqlStatements.java")))
                    .filter(f -> preparing.matcher(read(f)).find())
                    .map(f -> root.relativize(f).toString())
                    .collect(Collectors.toList());
            assertEquals("use SqlStatements.prepare", List.of(), elsewhere);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
