package org.samraad.devhost.persistence;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which database the host keeps everything in (its own {@code HOST_} tables and the plugin's AO tables):
 * an HSQLDB file under the home directory (the default), or PostgreSQL, as most Data Center sites run.
 *
 * @param schema where the tables live: {@code PUBLIC} on HSQLDB; on PostgreSQL {@code public} unless a test
 *     wants a schema of its own (the connections then search that schema first)
 */
public record HostDatabaseSettings(Kind kind, String url, String user, String password, String schema) {
    public enum Kind { HSQL, POSTGRES }

    /** The database {@code mvn -Pdevhost -Ddb=postgres} uses unless {@code -Ddb.url} names another. */
    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://localhost:5432/samraad_devhost";
    private static final String HSQL_FILE = "jdbc:hsqldb:file:";

    public static HostDatabaseSettings hsqlFile(Path home) {
        Path file = home.resolve("database").resolve("samraad").toAbsolutePath();
        // MVCC so a long page render does not block a concurrent REST write. No write delay: HSQLDB otherwise
        // buffers the log and writes it out every write_delay_millis, so a commit acknowledged just before a
        // kill would be lost; with hsqldb.write_delay=false each commit is written and synced before it returns
        // (HyperSQL User Guide, "Properties": hsqldb.write_delay; "System Management": SET FILES WRITE DELAY).
        return new HostDatabaseSettings(Kind.HSQL,
                // HSQLDB's lock file off: the host holds an operating-system lock on the directory (HomeLock)
                HSQL_FILE + file + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;hsqldb.lock_file=false", "SA", "", "PUBLIC");
    }

    public static HostDatabaseSettings postgres(String url, String user, String password, String schema) {
        String searched = schema.equals("public") ? url
                : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new HostDatabaseSettings(Kind.POSTGRES, searched, user, password, schema);
    }

    /**
     * {@code -Ddb=hsql} (default) or {@code -Ddb=postgres} with {@code -Ddb.url}, {@code -Ddb.user},
     * {@code -Ddb.password}, {@code -Ddb.schema} (defaults {@link #DEFAULT_POSTGRES_URL}, samraad, samraad, public),
     * as {@code mvn -Pdevhost} passes them.
     */
    public static HostDatabaseSettings fromSystemProperties(Path home) {
        String db = property("db", "hsql").toLowerCase(Locale.ROOT);
        return switch (db) {
            case "hsql" -> hsqlFile(home);
            case "postgres" -> postgres(property("db.url", DEFAULT_POSTGRES_URL), property("db.user", "samraad"),
                    property("db.password", "samraad"), property("db.schema", "public"));
            default -> throw new IllegalArgumentException(
                    "-Ddb=" + db + ": the dev host runs on -Ddb=hsql (default) or -Ddb=postgres");
        };
    }

    public boolean isPostgres() {
        return kind == Kind.POSTGRES;
    }

    /** The directory of the HSQLDB files, which one host at a time may use. */
    Path hsqlDirectory() {
        return Path.of(url.substring(HSQL_FILE.length(), url.indexOf(';'))).getParent();
    }

    /** Where the data is, for the log and the start-up line; never the password. */
    public String describe() {
        return isPostgres() ? url + " (user " + user + ", schema " + schema + ")" : url.substring(0, url.indexOf(';'));
    }

    /** Maven passes unset properties as empty strings or as the literal placeholder. */
    private static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.trim();
    }

    @Override
    public String toString() {
        return "HostDatabaseSettings[" + describe() + "]";
    }
}
