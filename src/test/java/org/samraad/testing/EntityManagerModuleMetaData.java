package org.samraad.testing;

import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.spi.DatabaseType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.db.ClientDerbyDatabaseProvider;
import net.java.ao.db.EmbeddedDerbyDatabaseProvider;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.NuoDBDatabaseProvider;
import net.java.ao.db.OracleDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.db.SQLServerDatabaseProvider;

/** An EntityManager is ready as soon as it exists; only the table check needs the database. */
final class EntityManagerModuleMetaData implements ActiveObjectsModuleMetaData {
    private final EntityManager entityManager;

    EntityManagerModuleMetaData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void awaitInitialization() {
    }

    @Override
    public void awaitInitialization(long timeout, TimeUnit unit) {
    }

    @Override
    public boolean isInitialized() {
        return true;
    }

    @Override
    public boolean isDataSourcePresent() {
        return true;
    }

    @Override
    public DatabaseType getDatabaseType() {
        return databaseType(entityManager.getProvider());
    }

    static DatabaseType databaseType(DatabaseProvider provider) {
        if (provider instanceof HSQLDatabaseProvider) return DatabaseType.HSQL;
        if (provider instanceof PostgreSQLDatabaseProvider) return DatabaseType.POSTGRESQL;
        if (provider instanceof H2DatabaseProvider) return DatabaseType.H2;
        if (provider instanceof MySQLDatabaseProvider) return DatabaseType.MYSQL;
        if (provider instanceof OracleDatabaseProvider) return DatabaseType.ORACLE;
        if (provider instanceof SQLServerDatabaseProvider) return DatabaseType.MS_SQL;
        if (provider instanceof EmbeddedDerbyDatabaseProvider) return DatabaseType.DERBY_EMBEDDED;
        if (provider instanceof ClientDerbyDatabaseProvider) return DatabaseType.DERBY_NETWORK;
        if (provider instanceof NuoDBDatabaseProvider) return DatabaseType.NUODB;
        return DatabaseType.UNKNOWN;
    }

    /** Reads JDBC metadata rather than probing with a SELECT: a failed statement would abort a PostgreSQL transaction. */
    @Override
    public boolean isTablePresent(Class<? extends RawEntity<?>> type) {
        String table = entityManager.getTableNameConverter().getName(type);
        DatabaseProvider provider = entityManager.getProvider();
        try {
            Connection connection = provider.getConnection();
            try (ResultSet tables = connection.getMetaData().getTables(null, provider.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                        return true;
                    }
                }
                return false;
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}
