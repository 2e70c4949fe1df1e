package org.samraad.testing;

import java.util.Locale;
import net.java.ao.EntityManager;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.test.jdbc.AbstractJdbcConfiguration;

/**
 * The one switch for every Active Objects test: system property {@code db} = {@code hsql} (default, in-memory
 * HSQLDB), {@code postgres} or {@code mysql} (a real server at {@code db.url}, {@code db.user}, {@code db.password}).
 * MySQL is reached through MySQL Connector/J on a {@code jdbc:mysql:} URL, which makes AO choose its MySQL provider
 * as in Confluence; CI runs it against MariaDB, the MySQL-compatible server Debian packages
 * ({@code .ci/start-mariadb.sh}).
 * Used by {@link AoTestSupport} as {@code @Jdbc(TestDatabase.class)}; the runner keeps one database per
 * configuration for the whole JVM, which is why equality comes from the URL, user, password and schema.
 */
public final class TestDatabase extends AbstractJdbcConfiguration {

    public static final String HSQL = "hsql";
    public static final String POSTGRES = "postgres";
    public static final String MYSQL = "mysql";

    static final String HSQL_MEMORY_DATABASE = "samraad_test";
    static final String HSQL_SETTINGS = ";hsqldb.tx=mvcc;hsqldb.tx_interrupt_rollback=true";

    public TestDatabase() {
        super(setting("url"), setting("user"), setting("password"), setting("schema"));
        if (HSQL.equals(selected())) {
            HsqlLockWaits.watch(HSQL_MEMORY_DATABASE);
        }
    }

    public static String selected() {
        String db = System.getProperty("db", HSQL).trim().toLowerCase(Locale.ROOT);
        if (db.isEmpty()) {
            return HSQL;
        }
        if (!db.equals(HSQL) && !db.equals(POSTGRES) && !db.equals(MYSQL)) {
            throw new IllegalArgumentException(
                    "-Ddb=" + db + " is not a test database; use -Ddb=hsql, -Ddb=postgres or -Ddb=mysql");
        }
        return db;
    }

    public static boolean isPostgres() {
        return POSTGRES.equals(selected());
    }

    public static boolean isMySql() {
        return MYSQL.equals(selected());
    }

    /** An EntityManager on the selected database with production naming, for code that runs outside the runner. */
    public static EntityManager newEntityManager() {
        TestDatabase db = new TestDatabase();
        return AtlassianNaming.apply(EntityManagerBuilder.url(db.getUrl())
                .username(db.getUsername())
                .password(db.getPassword())
                .schema(db.getSchema())
                .auto()).build();
    }

    private static String setting(String name) {
        if (isPostgres()) {
            switch (name) {
                case "url": return property("db.url", "jdbc:postgresql://localhost:5432/samraad_test");
                case "user": return property("db.user", "samraad");
                case "password": return property("db.password", "samraad");
                default: return "public";
            }
        }
        if (isMySql()) {
            switch (name) {
                case "url": return currentDatabaseOnly(property("db.url", "jdbc:mysql://localhost:3306/samraad_test"));
                case "user": return property("db.user", "samraad");
                case "password": return property("db.password", "samraad");
                default: return null; // MySQL has no schemas below the database; AO's own MySql configuration says null
            }
        }
        switch (name) {
            // MVCC as on the dev host (HostDatabase): writers lock rows, not tables, and concurrent tests do not
            // wedge on AO's synchronised HSQLDB insert while another transaction holds a table lock
            // an interrupted lock wait rolls its transaction back instead of waiting on: a race round that does not
            // finish can free its racers' sessions (Race), so the teardown's SHUTDOWN cannot wait for them forever
            case "url": return "jdbc:hsqldb:mem:" + HSQL_MEMORY_DATABASE + HSQL_SETTINGS;
            case "user": return "sa";
            case "password": return "";
            default: return "PUBLIC";
        }
    }

    /**
     * AO asks for the schema's tables with a null catalog, which Connector/J answers with every database the user
     * can see; then a table of another test database on the server passes for ours and the migration fails.
     */
    private static String currentDatabaseOnly(String url) {
        if (url.contains("nullDatabaseMeansCurrent=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "nullDatabaseMeansCurrent=true";
    }

    /** Surefire passes unset pom properties as empty strings or as the literal placeholder. */
    private static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }

    @Override
    protected String getDefaultSchema() {
        return setting("schema");
    }

    @Override
    protected String getDefaultUrl() {
        return setting("url");
    }

    @Override
    protected String getDefaultUsername() {
        return setting("user");
    }

    @Override
    protected String getDefaultPassword() {
        return setting("password");
    }
}
