package org.samraad.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

public class TestDatabaseTest {

    /**
     * AO's default {@code @Jdbc} reads {@code db.url} from system properties too, but with its own meaning, so a
     * test that bypasses {@link TestDatabase} would connect to the wrong database or not at all.
     */
    @Test
    public void everyActiveObjectsTestUsesTheOneDatabaseSwitch() throws Exception {
        Path root = Paths.get(TestDatabaseTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String name : testClassNames(root)) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            RunWith runWith = type.getAnnotation(RunWith.class);
            if (runWith != null && runWith.value() == ActiveObjectsJUnitRunner.class) {
                Jdbc jdbc = type.getAnnotation(Jdbc.class);
                assertTrue(name + " must extend AoTestSupport", jdbc != null && jdbc.value() == TestDatabase.class);
            }
        }
    }

    @Test
    public void hsqlIsTheDefaultAndUnknownNamesAreRefused() {
        String before = System.getProperty("db");
        try {
            System.clearProperty("db");
            assertEquals(TestDatabase.HSQL, TestDatabase.selected());
            System.setProperty("db", "oracle");
            try {
                TestDatabase.selected();
                fail();
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("-Ddb=postgres or -Ddb=mysql"));
            }
        } finally {
            if (before == null) {
                System.clearProperty("db");
            } else {
                System.setProperty("db", before);
            }
        }
    }

    /** CI's PostgreSQL and MySQL legs pass only -Ddb (the pom leaves db.url empty): each server has its default. */
    @Test
    public void withoutADbUrlEachServerHasItsOwnDefault() {
        assertEquals("jdbc:postgresql://localhost:5432/samraad_test", urlFor("postgres", ""));
        assertEquals("jdbc:mysql://localhost:3306/samraad_test?nullDatabaseMeansCurrent=true", urlFor("mysql", ""));
    }

    /**
     * AO reads the schema's tables with a null catalog, which Connector/J takes as every database the user can see:
     * a table of another test database on the same server would pass for ours and its migration would fail.
     */
    @Test
    public void onMySqlTheMetadataIsTheConnectedDatabasesOnly() {
        assertEquals("jdbc:mysql://localhost:3306/samraad_h1?nullDatabaseMeansCurrent=true",
                urlFor("mysql", "jdbc:mysql://localhost:3306/samraad_h1"));
        assertEquals("jdbc:mysql://db:3306/samraad?useSSL=false&nullDatabaseMeansCurrent=true",
                urlFor("mysql", "jdbc:mysql://db:3306/samraad?useSSL=false"));
        assertEquals("jdbc:mysql://db/samraad?nullDatabaseMeansCurrent=false",
                urlFor("mysql", "jdbc:mysql://db/samraad?nullDatabaseMeansCurrent=false"));
    }

    /** The URL TestDatabase builds from -Ddb and -Ddb.url; both properties are put back afterwards. */
    private static String urlFor(String db, String url) {
        String dbBefore = System.getProperty("db");
        String urlBefore = System.getProperty("db.url");
        try {
            System.setProperty("db", db);
            System.setProperty("db.url", url);
            return new TestDatabase().getUrl();
        } finally {
            restore("db", dbBefore);
            restore("db.url", urlBefore);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static List<String> testClassNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toList());
        }
    }
}
