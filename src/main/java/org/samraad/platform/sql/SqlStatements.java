package org.samraad.platform.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * The one place Samråd prepares its raw SQL. Statements are written with standard SQL's double-quoted
 * identifiers ({@link AoTableNames}); here the quotes become the ones the connected database uses, as its driver
 * reports them: unchanged on PostgreSQL, HSQLDB, H2, Oracle and SQL Server, the backtick on MySQL (and MariaDB),
 * where a double-quoted name is a string literal unless the server runs in ANSI_QUOTES mode (then the driver
 * reports the double quote and nothing changes). Confluence supports MySQL with Connector/J
 * (https://confluence.atlassian.com/conf88/database-jdbc-drivers-1354500481.html), so every raw statement must
 * come through here ({@code SqlStatementsTest} fails on a statement prepared anywhere else in the plugin).
 */
public final class SqlStatements {
    private static final char STANDARD_QUOTE = '"';

    private SqlStatements() {}

    /** {@code count} JDBC parameters for an {@code IN (…)} list: "?, ?, ?". */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        return connection.prepareStatement(requote(sql, connection.getMetaData().getIdentifierQuoteString()));
    }

    /**
     * {@code sql} with each double quote outside a string literal replaced by {@code quote}; JDBC reports a
     * space when the database has no identifier quoting, and then the quotes are dropped (our names need none).
     */
    static String requote(String sql, String quote) {
        String replacement = quote == null || quote.isBlank() ? "" : quote;
        if (replacement.equals(String.valueOf(STANDARD_QUOTE)) || sql.indexOf(STANDARD_QUOTE) < 0) {
            return sql;
        }
        StringBuilder adapted = new StringBuilder(sql.length());
        boolean inLiteral = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral; // a doubled '' inside a literal toggles twice and stays inside
            }
            if (c == STANDARD_QUOTE && !inLiteral) {
                adapted.append(replacement);
            } else {
                adapted.append(c);
            }
        }
        return adapted.toString();
    }
}
