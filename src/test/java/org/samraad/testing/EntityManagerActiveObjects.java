package org.samraad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The plugin's {@link ActiveObjects} facade over a plain AO {@link EntityManager}, for tests and the dev host
 * (Atlassian's own adapter is not on Maven Central). Checked {@link SQLException}s become
 * {@link ActiveObjectsException}, as the facade throws none.
 *
 * <p>Transactions, as Confluence behaves:
 * <ul>
 * <li>no transaction open on this thread: a real AO {@link Transaction} that commits, or rolls back on any exception;
 * <li>inside one of ours: the callback joins it, so a failure rolls back the whole outer unit of work;
 * <li>inside a transaction someone else opened on this thread's AO connection (the test runner's per-test
 *     transaction, which is rolled back after each test): a savepoint stands in for commit/rollback, so
 *     "a failed write leaves nothing behind" is testable without {@code @NonTransactional}.
 * </ul>
 * One instance per EntityManager: the "inside one of ours" mark is per instance and thread.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {
    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inOwnTransaction = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inOwnTransaction.get()) {
            return callback.doInTransaction();
        }
        try {
            // AO binds an open transaction's connection to the thread; otherwise this is a fresh one.
            Connection connection = entityManager.getProvider().getConnection();
            if (connection.getAutoCommit()) {
                connection.close();
                return inNewTransaction(callback);
            }
            return inSavepoint(connection, callback);
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    private <T> T inNewTransaction(TransactionCallback<T> callback) throws SQLException {
        return new Transaction<T>(entityManager) {
            @Override
            // AO's Transaction rolls back on any failure of run() (its finally, when nothing was committed), as
            // Confluence's transaction template does
            protected T run() {
                return asOwnTransaction(callback);
            }
        }.execute();
    }

    private <T> T inSavepoint(Connection connection, TransactionCallback<T> callback) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        T result;
        try {
            result = asOwnTransaction(callback);
        } catch (RuntimeException | Error e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
        connection.releaseSavepoint(savepoint);
        return result;
    }

    private <T> T asOwnTransaction(TransactionCallback<T> callback) {
        inOwnTransaction.set(Boolean.TRUE);
        try {
            return callback.doInTransaction();
        } finally {
            inOwnTransaction.remove();
        }
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return new EntityManagerModuleMetaData(entityManager);
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> entityManager.migrate(entities));
    }

    @Override
    @SafeVarargs
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        run(() -> entityManager.migrateDestructively(entities));
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @Override
    @SafeVarargs
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return call(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        run(() -> entityManager.create(type, rows));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> entityManager.delete(entities));
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return call(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return call(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return call(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return call(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        run(() -> entityManager.stream(type, streamCallback));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        run(() -> entityManager.stream(type, query, streamCallback));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return call(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> entityManager.count(type, query));
    }

    /** AO 3.2.11 has no estimate; an exact count is a correct (if slower) estimate. */
    @Override
    public <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type) throws SQLException {
        return entityManager.count(type);
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private interface SqlRun {
        void run() throws SQLException;
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    private static void run(SqlRun run) {
        call(() -> {
            run.run();
            return null;
        });
    }
}
