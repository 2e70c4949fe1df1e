package org.samraad.devhost.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.hsqldb.jdbc.JDBCDataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import org.samraad.testing.AtlassianNaming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's one database ({@link HostDatabaseSettings}): an HSQLDB file under the home directory that survives
 * restarts, or PostgreSQL. Active Objects
 * owns the {@code AO_xxxxxx_} tables (named by the Atlassian converters from the descriptor's namespace, as in
 * Confluence); the host keeps its spaces and pages in {@code HOST_} tables of the same database, so plugin SQL,
 * AO and host data share one connection and one transaction per thread.
 */
public final class HostDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostDatabase.class);

    private final HostDatabaseSettings settings;
    private final String tablePrefix;
    private final EntityManager entityManager;
    private final HomeLock homeLock;

    private HostDatabase(HostDatabaseSettings settings, String tablePrefix, EntityManager entityManager, HomeLock homeLock) {
        this.settings = settings;
        this.tablePrefix = tablePrefix;
        this.entityManager = entityManager;
        this.homeLock = homeLock;
    }

    public static HostDatabase open(HostDatabaseSettings settings, String aoNamespace) {
        // HSQLDB otherwise reconfigures java.util.logging for the whole JVM.
        System.setProperty("hsqldb.reconfig_logging", "false");
        String prefix = AtlassianNaming.tablePrefix(aoNamespace);
        HomeLock homeLock = settings.isPostgres() ? null : HomeLock.acquire(settings.hsqlDirectory());
        EntityManager entityManager = pooledEntityManager(settings, prefix);
        LOG.info("Database {} (Active Objects tables {}_*)", settings.describe(), prefix);
        return new HostDatabase(settings, prefix, entityManager, homeLock);
    }

    /**
     * Connections from a pool, as Confluence takes them from its HikariCP pool (its
     * {@code HikariConnectionProviderConfigHelper}, javadoc 7.12; {@code hibernate.hikari.*} in
     * {@code confluence.cfg.xml}): AO and the host borrow a connection per statement outside a transaction. A new
     * connection for each would cost PostgreSQL a server process and a password check, and HSQLDB a new session
     * whose "SET SCHEMA" and "DISCONNECT" it writes to its log and syncs, a disk write for every read. HSQLDB's
     * connections keep their prepared statements ({@link StatementCachingDataSource}), as PostgreSQL's driver does.
     * The same name converters as AO's builder.
     */
    private static EntityManager pooledEntityManager(HostDatabaseSettings settings, String prefix) {
        HikariConfig config = new HikariConfig();
        if (settings.isPostgres()) {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        } else {
            JDBCDataSource hsql = new JDBCDataSource();
            hsql.setUrl(settings.url());
            hsql.setUser(settings.user());
            hsql.setPassword(settings.password());
            config.setDataSource(new StatementCachingDataSource(hsql));
        }
        config.setMaximumPoolSize(10);
        config.setPoolName("devhost");
        HikariDataSource pool = new HikariDataSource(config);
        NameConverters converters = new SimpleNameConverters(
                new AtlassianTableNameConverter(name -> prefix + "_" + name), new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
        SchemaConfiguration schemaConfiguration = new PrefixedSchemaConfiguration(prefix);
        EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();
        DisposableDataSource disposable = DelegatingDisposableDataSourceHandler.newInstance(pool, pool::close);
        DatabaseProvider provider = settings.isPostgres()
                ? new PostgreSQLDatabaseProvider(disposable, settings.schema())
                : new HSQLDatabaseProvider(disposable, settings.schema());
        return new EntityManager(provider,
                new EntityManagerConfiguration() {
                    @Override
                    public boolean useWeakCache() {
                        return false;
                    }

                    @Override
                    public NameConverters getNameConverters() {
                        return converters;
                    }

                    @Override
                    public SchemaConfiguration getSchemaConfiguration() {
                        return schemaConfiguration;
                    }

                    @Override
                    public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                        return entityInfo;
                    }
                });
    }

    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw new IllegalStateException("Active Objects migration failed", e);
        }
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public HostDatabaseSettings settings() {
        return settings;
    }

    public String tablePrefix() {
        return tablePrefix;
    }

    /**
     * The connection AO uses on this thread: inside an AO transaction it is that transaction's connection (and
     * closing it is a no-op), otherwise a fresh auto-commit connection the caller closes.
     */
    public Connection connection() throws SQLException {
        return entityManager.getProvider().getConnection();
    }

    /** A connection outside any AO transaction, for work that must commit on its own (SAL "requires new"). */
    public Connection newConnection() throws SQLException {
        // on PostgreSQL a plain connection too: the pool's belong to AO, which hands out the transaction's
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    /**
     * On HSQLDB checkpoints and closes the files, so the next start (even in this JVM) opens them at once; every
     * committed row is in the log already. A PostgreSQL server keeps running.
     */
    @Override
    public void close() {
        entityManager.getProvider().dispose(); // on HSQLDB the pool's sessions end before the database does
        if (settings.isPostgres()) {
            return;
        }
        try (Connection connection = newConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Database shutdown failed", e);
        }
        homeLock.close();
    }
}
