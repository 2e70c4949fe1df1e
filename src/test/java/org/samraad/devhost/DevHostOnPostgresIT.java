package org.samraad.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.persistence.HostDatabaseSettings;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;

/**
 * The dev host on PostgreSQL, as {@code mvn -Pdevhost -Ddb=postgres} runs it and most Data Center sites run
 * Confluence: host and plugin tables in the server, the demo seeded once, the REST API writing there. Each run
 * gets a schema of its own in the test database ({@code -Ddb.url}, default {@code samraad_test}, the database
 * {@code .ci/start-postgres.sh} makes) and drops it afterwards. Skipped only outside CI when no server answers.
 */
public class DevHostOnPostgresIT {
    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/samraad_test";
    private static final String ORGANISATIONS = "/rest/samraad/1.0/organisations";

    private final String url = postgresUrl();
    private final String user = property("db.user", "samraad");
    private final String password = property("db.password", "samraad");
    private final String schema = "devhost_it_" + Long.toHexString(System.nanoTime()).toLowerCase(Locale.ROOT);

    @Before
    public void createASchemaOfItsOwn() {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI runs this test on PostgreSQL (.ci/start-postgres.sh), but " + url
                        + " refused: " + e.getMessage(), e);
            }
            Assume.assumeNoException("No PostgreSQL at " + url + " (start one with .ci/start-postgres.sh, or "
                    + "name one with -Ddb.url); skipping the dev host on PostgreSQL", e);
        }
    }

    @After
    public void dropTheSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    public void theDevHostSeedsItsDemoIntoPostgresqlAndAWriteThereIsReadByTheNextStart() throws Exception {
        HostDatabaseSettings database = HostDatabaseSettings.postgres(url, user, password, schema);
        String councils;
        int id;
        try (DevHost host = DevHost.start(
                DevHostOptions.of(0, Files.createTempDirectory("devhost-pg")).withDatabase(database))) {
            HttpApi api = new HttpApi(host.baseUrl());
            councils = api.get(null, "/rest/samraad/1.0/councils?spaceKey=UDS").text();
            assertTrue(councils, councils.contains("\"name\":\"Udsatterådet Nordby\""));
            Reply created = api.postJson("secretary", ORGANISATIONS,
                    "{\"spaceKey\":\"UDS\",\"name\":\"Væresteds Æblehave\",\"kind\":\"OTHER\"}");
            assertEquals(created.text(), 201, created.status());
            id = created.json().get("id").asInt();
        }
        // a fresh home: nothing of the first run is on disk, so what the second run reads came from PostgreSQL
        try (DevHost again = DevHost.start(
                DevHostOptions.of(0, Files.createTempDirectory("devhost-pg")).withDatabase(database))) {
            HttpApi api = new HttpApi(again.baseUrl());
            Reply read = api.get("secretary", ORGANISATIONS + "/" + id);
            assertEquals(read.text(), 200, read.status());
            assertEquals("Væresteds Æblehave", read.json().get("name").asText());
            assertEquals("nothing seeded twice", councils, api.get(null, "/rest/samraad/1.0/councils?spaceKey=UDS").text());
            assertTrue(new HttpApi(again.baseUrl()).get(null, "/display/UDS").text().contains("samraad-council"));
        }
    }

    /** -Ddb.url when it names a PostgreSQL database (as for the AO suite's -Ddb=postgres run), else samraad_test. */
    private static String postgresUrl() {
        String url = property("db.url", DEFAULT_URL);
        return url.startsWith("jdbc:postgresql:") ? url : DEFAULT_URL;
    }

    private static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }
}
