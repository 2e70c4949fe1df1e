package org.samraad.testing;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import net.java.ao.EntityManager;

/**
 * SAL's rdbms executor on AO's own connection, as in Confluence where both share the product's transaction:
 * raw reads see what AO wrote in the same unit of work. Every statement prepared through it is reported to
 * {@code statements} (e.g. {@link SqlStatementCounter#record}), so query budgets cover raw SQL too.
 */
public final class AoTransactionalExecutors implements TransactionalExecutorFactory {
    private final EntityManager entityManager;
    private final Consumer<String> statements;

    public AoTransactionalExecutors(EntityManager entityManager, Consumer<String> statements) {
        this.entityManager = entityManager;
        this.statements = statements;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor();
    }

    private final class Executor implements TransactionalExecutor {
        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            // Inside a transaction AO hands out the thread's connection and ignores close(); otherwise it is fresh.
            try (Connection connection = entityManager.getProvider().getConnection()) {
                return callback.execute(reporting(connection));
            } catch (SQLException e) {
                throw new RdbmsException(e);
            }
        }

        @Override
        public TransactionalExecutor readOnly() {
            return this;
        }

        @Override
        public TransactionalExecutor readWrite() {
            return this;
        }

        @Override
        public TransactionalExecutor newTransaction() {
            return this;
        }

        @Override
        public TransactionalExecutor existingTransaction() {
            return this;
        }
    }

    private Connection reporting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
                            && args[0] instanceof String sql) {
                        statements.accept(sql);
                    }
                    if (name.equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
