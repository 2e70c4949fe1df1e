package org.samraad.platform.sql;

import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One parameterised UPDATE on the product's connection, inside the caller's transaction. */
final class Updates {
    private Updates() {}

    static int execute(TransactionalExecutorFactory executors, String failure, String sql, Object... parameters) {
        return executors.createExecutor(false, false).execute((Connection connection) -> {
            try (PreparedStatement statement = SqlStatements.prepare(connection, sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new RdbmsException(failure, e);
            }
        });
    }
}
