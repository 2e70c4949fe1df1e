package org.samraad.platform.sql;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One read-only SQL statement on the product's connection (SAL rdbms), for aggregates such as counts per
 * council that would otherwise cost one AO query each. Always parameterised; never for writes.
 */
@Component
public class ReadOnlySql {
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
