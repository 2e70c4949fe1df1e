package org.samraad.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.samraad.devhost.DevHost;
import org.samraad.devhost.DevHostOptions;

/**
 * A benchmark's dev host in a fresh home of its own, on the benchmark's database ({@link BenchmarkDatabase}); closing
 * it stops the host, drops the database's schema and deletes the home, so no run leaves anything behind.
 */
public final class BenchmarkHost implements AutoCloseable {
    private final Path home;
    private final BenchmarkDatabase database;
    private final DevHost host;

    private BenchmarkHost(Path home, BenchmarkDatabase database, DevHost host) {
        this.home = home;
        this.database = database;
        this.host = host;
    }

    /** @param name the temporary home's prefix, which says whose it is */
    public static BenchmarkHost start(String name) throws IOException, SQLException {
        Path home = Files.createTempDirectory(name);
        BenchmarkDatabase database = null;
        try {
            database = BenchmarkDatabase.open(home);
            return new BenchmarkHost(home, database,
                    DevHost.start(DevHostOptions.of(0, home).withDatabase(database.settings())));
        } catch (SQLException | RuntimeException | Error e) {
            try {
                if (database != null) {
                    database.close();
                }
            } finally {
                delete(home);
            }
            throw e;
        }
    }

    public DevHost host() {
        return host;
    }

    public BenchmarkDatabase database() {
        return database;
    }

    @Override
    public void close() throws IOException, SQLException {
        try {
            host.close();
        } finally {
            try {
                database.close();
            } finally {
                delete(home);
            }
        }
    }

    private static void delete(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
