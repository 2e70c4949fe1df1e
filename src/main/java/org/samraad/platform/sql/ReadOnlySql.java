package org.samraad.platform.sql;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * One read-only SQL statement on the product's connection (SAL rdbms), for aggregates such as counts per
 * council that would otherwise cost one AO query each. Always parameterised; never for writes.
 */
@Component
public class ReadOnlySql {
    /** Where {@link #window} and {@link #limitedWithin} put the connected database's row-limit clause. */
    public static final String ROW_LIMIT = "{row limit}";

    private final TransactionalExecutorFactory executors;

    public ReadOnlySql(@ComponentImport TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    public <T> T query(String sql, List<?> parameters, ResultReader<T> reader) {
        return executors.createReadOnly().execute((Connection connection) -> {
            try (PreparedStatement statement = SqlStatements.prepare(connection, sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.read(rows);
                }
            } catch (SQLException e) {
                throw new RdbmsException("Samråd read failed", e);
            }
        });
    }

    /**
     * Several reads in one read-only transaction: the statements inside join it, as SAL's executor joins an
     * existing transaction, so they share one connection and one commit instead of borrowing, beginning and
     * committing one each (a round trip or more apiece on a database server).
     */
    public <T> T together(Supplier<T> reads) {
        return executors.createReadOnly().execute((Connection connection) -> reads.get());
    }

    /**
     * A window of an ordered query: rows {@code offset} to {@code offset + limit}, so the database sorts and stops
     * rather than the caller reading every match. The connected database's row-limit clause ({@link #rowLimit})
     * goes where {@code sql} says {@link #ROW_LIMIT} (after an ORDER BY, e.g. in a derived table of ids), else at
     * its end; its two parameters follow {@code parameters}, so no text after it may have one.
     */
    public <T> T window(String sql, List<?> parameters, int offset, int limit, ResultReader<T> reader) {
        return limited(sql.contains(ROW_LIMIT) ? sql : sql + ROW_LIMIT, parameters, offset, limit, List.of(), reader);
    }

    /**
     * A statement with one row-limited subquery: the first {@code limit} rows of a derived table, e.g. the most
     * urgent of one kind of row beside every row of another, in one statement. {@code sql} holds {@link #ROW_LIMIT}
     * once, right after that subquery's ORDER BY, and the subquery is a derived table of its own
     * ({@code IN (SELECT t.id FROM (SELECT … ORDER BY … ROW_LIMIT) t)}): MySQL takes no limit in an IN subquery, and
     * Oracle and SQL Server take an ORDER BY only in a derived table. The clause is {@link #rowLimit}'s; its
     * parameters are bound after {@code before} (the placeholders before the marker) and before {@code after}.
     */
    public <T> T limitedWithin(String sql, List<?> before, int limit, List<?> after, ResultReader<T> reader) {
        if (sql.indexOf(ROW_LIMIT) < 0 || sql.indexOf(ROW_LIMIT) != sql.lastIndexOf(ROW_LIMIT)) {
            throw new IllegalArgumentException("one row limit, marked where it goes: " + sql);
        }
        return limited(sql, before, 0, limit, after, reader);
    }

    /** {@code sql} with the database's row-limit clause at {@link #ROW_LIMIT}, its two parameters between the others. */
    private <T> T limited(String sql, List<?> before, int offset, int limit, List<?> after, ResultReader<T> reader) {
        return executors.createReadOnly().execute((Connection connection) -> {
            try {
                String database = connection.getMetaData().getDatabaseProductName();
                boolean fetchFirst = fetchFirst(database);
                try (PreparedStatement statement = SqlStatements.prepare(connection,
                        sql.replace(ROW_LIMIT, rowLimit(database)))) {
                    int i = 0;
                    for (Object parameter : before) {
                        statement.setObject(++i, parameter);
                    }
                    statement.setInt(++i, fetchFirst ? offset : limit);
                    statement.setInt(++i, fetchFirst ? limit : offset);
                    for (Object parameter : after) {
                        statement.setObject(++i, parameter);
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        return reader.read(rows);
                    }
                }
            } catch (SQLException e) {
                throw new RdbmsException("Samråd read failed", e);
            }
        });
    }

    /**
     * The row-limit clause of the databases Confluence supports: SQL:2008's {@code OFFSET … FETCH} on Oracle (12c
     * and later) and SQL Server (2012 and later), which know no {@code LIMIT}; {@code LIMIT … OFFSET} on PostgreSQL,
     * MySQL, MariaDB, H2 and HSQLDB (MySQL knows no {@code FETCH}).
     */
    static String rowLimit(String databaseProductName) {
        return fetchFirst(databaseProductName) ? " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY" : " LIMIT ? OFFSET ?";
    }

    private static boolean fetchFirst(String databaseProductName) {
        String name = databaseProductName == null ? "" : databaseProductName.toLowerCase(java.util.Locale.ROOT);
        return name.contains("oracle") || name.contains("microsoft") || name.contains("sql server");
    }

    /**
     * A condition for Active Objects' {@code Query.where} that names tables or columns AO does not quote itself
     * (a subquery's table): written with standard double quotes, given back with the database's own, as
     * {@link SqlStatements} does for raw statements. Asks the driver's metadata, no statement.
     */
    public String condition(String where) {
        return executors.createReadOnly().execute((Connection connection) -> {
            try {
                return SqlStatements.requote(where, connection.getMetaData().getIdentifierQuoteString());
            } catch (SQLException e) {
                throw new RdbmsException("Samråd could not read the database's identifier quote", e);
            }
        });
    }

    @FunctionalInterface
    public interface ResultReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
