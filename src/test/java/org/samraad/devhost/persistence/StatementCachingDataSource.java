package org.samraad.devhost.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * HSQLDB's connections for the pool, each keeping the statements it prepared, as the PostgreSQL driver keeps its
 * server-prepared statements per connection (and a production database its parsed plans). HSQLDB forgets a
 * statement's compiled form when the statement closes, and Active Objects and the plugin close every statement after
 * one use, so without this it parsed and planned every statement of every page anew (a fifth of a page's server CPU
 * in the benchmark's profile).
 *
 * <p>Only {@code prepareStatement(sql)} is kept, at most {@link #KEPT_PER_CONNECTION} texts per connection, least
 * recently used first out. Closing a kept statement closes its result set, clears its parameters and limits, and
 * puts it back; it is closed for the caller, who cannot use it again. A text prepared again while its statement is
 * in use gets a statement of its own.
 */
final class StatementCachingDataSource implements DataSource {
    static final int KEPT_PER_CONNECTION = 200;

    private final DataSource database;

    StatementCachingDataSource(DataSource database) {
        this.database = database;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return new Kept(database.getConnection()).proxy;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return new Kept(database.getConnection(username, password)).proxy;
    }

    /** One physical connection with the statements it keeps, by SQL text: those not in use. */
    private static final class Kept {
        private final Connection connection;
        private final Connection proxy;
        private final Map<String, Deque<PreparedStatement>> idle = new LinkedHashMap<>(64, 0.75f, true);
        private int idleCount;

        Kept(Connection connection) {
            this.connection = connection;
            this.proxy = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (self, method, args) -> {
                        String name = method.getName();
                        if (name.equals("prepareStatement") && args != null && args.length == 1
                                && args[0] instanceof String sql) {
                            return borrow(sql);
                        }
                        if (name.equals("close")) {
                            closeKept();
                        }
                        return call(method, connection, args);
                    });
        }

        private synchronized PreparedStatement borrow(String sql) throws SQLException {
            Deque<PreparedStatement> kept = idle.get(sql);
            PreparedStatement statement = null;
            while (kept != null && !kept.isEmpty() && statement == null) {
                PreparedStatement candidate = kept.poll();
                idleCount--;
                statement = candidate.isClosed() ? null : candidate; // closed behind our back, through unwrap
            }
            if (statement == null) {
                statement = connection.prepareStatement(sql);
            }
            return new Lent(this, sql, statement).proxy;
        }

        private synchronized void giveBack(String sql, PreparedStatement statement) throws SQLException {
            idle.computeIfAbsent(sql, text -> new ArrayDeque<>()).push(statement);
            idleCount++;
            // least recently used texts out, until the connection keeps at most the limit
            for (Iterator<Deque<PreparedStatement>> oldest = idle.values().iterator();
                    idleCount > KEPT_PER_CONNECTION && oldest.hasNext(); ) {
                Deque<PreparedStatement> statements = oldest.next();
                while (!statements.isEmpty() && idleCount > KEPT_PER_CONNECTION) {
                    statements.poll().close();
                    idleCount--;
                }
                if (statements.isEmpty()) {
                    oldest.remove();
                }
            }
        }

        private synchronized void closeKept() {
            for (Deque<PreparedStatement> statements : idle.values()) {
                for (PreparedStatement statement : statements) {
                    try {
                        statement.close();
                    } catch (SQLException ignored) {
                        // the connection closes next anyway
                    }
                }
            }
            idle.clear();
            idleCount = 0;
        }
    }

    /** A kept statement as one caller has it: until it closes it. */
    private static final class Lent {
        private final PreparedStatement proxy;
        private ResultSet rows;
        private boolean closed;

        Lent(Kept owner, String sql, PreparedStatement statement) {
            this.proxy = (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (self, method, args) -> {
                        String name = method.getName();
                        if (name.equals("close")) {
                            if (!closed) {
                                closed = true;
                                reset(statement);
                                owner.giveBack(sql, statement);
                            }
                            return null;
                        }
                        if (name.equals("isClosed")) {
                            return closed || statement.isClosed();
                        }
                        if (closed) {
                            throw new SQLException("statement closed");
                        }
                        if (name.equals("getConnection")) {
                            return owner.proxy;
                        }
                        Object result = call(method, statement, args);
                        if (result instanceof ResultSet resultSet) {
                            rows = resultSet;
                        }
                        return result;
                    });
        }

        /** As a fresh statement: no result open, no parameters, no limits. */
        private void reset(PreparedStatement statement) throws SQLException {
            if (rows != null) {
                rows.close();
                rows = null;
            }
            statement.clearParameters();
            statement.clearBatch();
            statement.clearWarnings();
            statement.setMaxRows(0);
            statement.setFetchSize(0);
            statement.setQueryTimeout(0);
        }
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return database.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        database.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        database.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return database.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return database.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return database.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || database.isWrapperFor(type);
    }
}
