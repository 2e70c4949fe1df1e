package org.samraad.devhost.persistence;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import net.java.ao.DatabaseProvider;
import net.java.ao.Transaction;

/**
 * SAL rdbms for the plugin's raw SQL: the callback runs on the connection Active Objects uses on this thread,
 * so a read inside {@code ao.executeInTransaction} sees that transaction's uncommitted rows, as in Confluence
 * where both share the Hibernate connection. Outside a transaction it opens one (read-only when asked) that
 * AO calls made from the callback join too.
 */
public final class HostTransactionalExecutorFactory implements TransactionalExecutorFactory {
    private final HostDatabase database;

    public HostTransactionalExecutorFactory(HostDatabase database) {
        this.database = database;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor(database, readOnly, requiresNew);
    }

    private static final class Executor implements TransactionalExecutor {
        private final HostDatabase database;
        private final boolean readOnly;
        private final boolean requiresNew;

        Executor(HostDatabase database, boolean readOnly, boolean requiresNew) {
            this.database = database;
            this.readOnly = readOnly;
            this.requiresNew = requiresNew;
        }

        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            try {
                return requiresNew ? inSeparateTransaction(callback) : inThreadTransaction(callback);
            } catch (SQLException e) {
                throw new RdbmsException("Dev host transaction failed", e);
            }
        }

        private <A> A inThreadTransaction(ConnectionCallback<A> callback) throws SQLException {
            Connection current = database.connection();
            if (!current.getAutoCommit()) {
                return callback.execute(reported(current, database)); // joins the AO transaction; its owner commits
            }
            current.close();
            return new Transaction<A>(database.entityManager()) {
                @Override
                protected A run() throws SQLException {
                    Connection bound = database.connection();
                    bound.setReadOnly(readOnly);
                    return callback.execute(reported(bound, database));
                }
            }.execute();
        }

        private <A> A inSeparateTransaction(ConnectionCallback<A> callback) throws SQLException {
            try (Connection connection = database.newConnection()) {
                connection.setAutoCommit(false);
                connection.setReadOnly(readOnly);
                try {
                    A result = callback.execute(reported(connection, database));
                    connection.commit();
                    return result;
                } catch (RuntimeException | Error e) {
                    connection.rollback();
                    throw e;
                }
            }
        }

        @Override
        public TransactionalExecutor readOnly() {
            return new Executor(database, true, requiresNew);
        }

        @Override
        public TransactionalExecutor readWrite() {
            return new Executor(database, false, requiresNew);
        }

        @Override
        public TransactionalExecutor newTransaction() {
            return new Executor(database, readOnly, true);
        }

        @Override
        public TransactionalExecutor existingTransaction() {
            return new Executor(database, readOnly, false);
        }
    }

    /**
     * The connection with its statements prepared through Active Objects' provider, so AO's SQL listeners (the
     * tests' and benchmark's statement counters) see raw SQL as well as AO's own; closing and everything else go
     * to the connection itself.
     */
    private static Connection reported(Connection connection, HostDatabase database) {
        DatabaseProvider provider = database.entityManager().getProvider();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
                        return switch (args.length) {
                            case 1 -> provider.preparedStatement(connection, sql);
                            case 2 -> args[1] instanceof Integer keys
                                    ? provider.preparedStatement(connection, sql, keys)
                                    : invoke(method, connection, args);
                            case 3 -> provider.preparedStatement(connection, sql, (Integer) args[1], (Integer) args[2]);
                            default -> invoke(method, connection, args);
                        };
                    }
                    return invoke(method, connection, args);
                });
    }

    private static Object invoke(Method method, Connection connection, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
