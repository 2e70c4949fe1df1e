package org.samraad.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.samraad.devhost.persistence.HostDatabaseSettings;

/**
 * The database a benchmark's dev host runs on. {@code -Dbenchmark.db=hsql} (default): the dev host's HSQLDB file in
 * the benchmark's home, as the dev host runs it. {@code -Dbenchmark.db=postgres}: a fresh schema of its own in
 * the PostgreSQL database {@code -Dbenchmark.db.url} (default the tests' {@code samraad_test}, which
 * {@code .ci/start-postgres.sh} makes), dropped when the benchmark ends. Most Data Center sites run PostgreSQL, and
 * HSQLDB is no production database: how the register scales is read on PostgreSQL.
 */
public final class BenchmarkDatabase implements AutoCloseable {
    private static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://localhost:5432/samraad_test";

    private final HostDatabaseSettings settings;
    private final String schema;

    private BenchmarkDatabase(HostDatabaseSettings settings, String schema) {
        this.settings = settings;
        this.schema = schema;
    }

    public static BenchmarkDatabase open(Path home) throws SQLException {
        if (!"postgres".equalsIgnoreCase(System.getProperty("benchmark.db", "hsql").strip())) {
            return new BenchmarkDatabase(HostDatabaseSettings.hsqlFile(home), null);
        }
        String url = System.getProperty("benchmark.db.url", DEFAULT_POSTGRES_URL);
        String user = System.getProperty("benchmark.db.user", "samraad");
        String password = System.getProperty("benchmark.db.password", "samraad");
        String schema = "benchmark_" + Long.toHexString(System.nanoTime()).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return new BenchmarkDatabase(HostDatabaseSettings.postgres(url, user, password, schema), schema);
    }

    public HostDatabaseSettings settings() {
        return settings;
    }

    /** Which database, for the printed tables. */
    public String describe() {
        return settings.isPostgres() ? "PostgreSQL" : "HSQLDB";
    }

    /**
     * After a bulk load, what PostgreSQL's autovacuum does on a live site some time after a load: statistics for
     * the planner, and the visibility map that lets a query be answered from an index alone. A benchmark reads right
     * away, so it does both first. HSQLDB keeps neither.
     */
    public void settle() throws SQLException {
        if (settings.isPostgres()) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }
}
