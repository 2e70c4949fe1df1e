package org.samraad.benchmark;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * SAL's rdbms executors with a stopwatch: for each unit of work on the connection (one {@code ReadOnlySql} query
 * is one), the time the database took to prepare and execute its statement, the time spent inside the result
 * set (the driver handing out rows and values), and the rest of the callback, which is the plugin mapping rows
 * to records. A unit that holds others ({@code ReadOnlySql#together}) is told by them, not again as a whole. For
 * the benchmark's breakdown, so the next optimisation is chosen from figures.
 */
public final class StatementTimer implements TransactionalExecutorFactory {

    /**
     * One unit of work.
     *
     * @param sql the first statement prepared in it (null if none)
     * @param statements how many statements it prepared
     * @param databaseNanos preparing and executing the statements
     * @param fetchNanos inside the result sets' methods: the driver reading rows and values
     * @param callbackNanos the whole callback; what is neither database nor fetch is mapping
     */
    public record Timing(String sql, int statements, long databaseNanos, long fetchNanos, long callbackNanos) {
        public long mappingNanos() {
            return Math.max(0, callbackNanos - databaseNanos - fetchNanos);
        }

        /** The statement's time as the database and the driver spent it. */
        public long statementNanos() {
            return databaseNanos + fetchNanos;
        }
    }

    private final TransactionalExecutorFactory delegate;
    private final List<Timing> timings = new ArrayList<>();
    private final ThreadLocal<int[]> unitsBegun = ThreadLocal.withInitial(() -> new int[1]);

    public StatementTimer(TransactionalExecutorFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Timed(delegate.createExecutor(readOnly, requiresNew));
    }

    /** The units of work since the last call, and forgets them. */
    public synchronized List<Timing> drain() {
        List<Timing> drained = List.copyOf(timings);
        timings.clear();
        return drained;
    }

    private synchronized void add(Timing timing) {
        timings.add(timing);
    }

    private final class Timed implements TransactionalExecutor {
        private final TransactionalExecutor executor;

        Timed(TransactionalExecutor executor) {
            this.executor = executor;
        }

        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            return executor.execute(connection -> {
                Clock clock = new Clock();
                int[] begun = unitsBegun.get();
                int before = ++begun[0];
                long start = System.nanoTime();
                try {
                    return callback.execute(clock.wrap(connection));
                } finally {
                    if (begun[0] == before) {
                        add(new Timing(clock.sql, clock.statements, clock.database, clock.fetch,
                                System.nanoTime() - start));
                    }
                }
            });
        }

        @Override
        public TransactionalExecutor readOnly() {
            return new Timed(executor.readOnly());
        }

        @Override
        public TransactionalExecutor readWrite() {
            return new Timed(executor.readWrite());
        }

        @Override
        public TransactionalExecutor newTransaction() {
            return new Timed(executor.newTransaction());
        }

        @Override
        public TransactionalExecutor existingTransaction() {
            return new Timed(executor.existingTransaction());
        }
    }

    /** The time of one callback's database calls, by kind; one thread uses it. */
    private static final class Clock {
        String sql;
        int statements;
        long database;
        long fetch;

        Connection wrap(Connection connection) {
            return proxy(Connection.class, connection, (method, target, args) -> {
                boolean prepare = method.getName().startsWith("prepare");
                long start = System.nanoTime();
                Object result = call(method, target, args);
                if (prepare) {
                    database += System.nanoTime() - start;
                    statements++;
                    if (sql == null && args != null && args[0] instanceof String text) {
                        sql = text;
                    }
                    if (result instanceof PreparedStatement statement) {
                        return statement(statement);
                    }
                }
                return result;
            });
        }

        private PreparedStatement statement(PreparedStatement statement) {
            return proxy(PreparedStatement.class, statement, (method, target, args) -> {
                long start = System.nanoTime();
                Object result = call(method, target, args);
                database += System.nanoTime() - start;
                return result instanceof ResultSet rows ? rows(rows) : result;
            });
        }

        private ResultSet rows(ResultSet rows) {
            return proxy(ResultSet.class, rows, (method, target, args) -> {
                long start = System.nanoTime();
                Object result = call(method, target, args);
                fetch += System.nanoTime() - start;
                return result;
            });
        }
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Method method, Object target, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> handler.handle(method, target, args)));
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
