package org.samraad.platform.sql;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.RawEntity;
import org.samraad.platform.StaleVersionException;
import org.springframework.stereotype.Component;

/**
 * Optimistic locking that holds when two people save at the same moment. Comparing the version read earlier
 * with the one in the row and then writing leaves a gap in which both saves pass; here one conditional UPDATE
 * claims the next version inside the caller's transaction. The row stays locked until that transaction ends, so
 * a concurrent save waits, then finds the version moved on and gets 409; nothing is overwritten.
 */
@Component
public class VersionClaim {
    private final TransactionalExecutorFactory executors;

    public VersionClaim(@ComponentImport TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    /** Returns the new version, which the caller writes with the rest of its change; 409 if {@code expected} is stale. */
    public int claim(Class<? extends RawEntity<?>> type, int id, int expected) {
        return claim(type, id, "Version", expected);
    }

    /**
     * The same on another version column of the row, for a part of an entity that is edited on its own (a
     * meeting's attendance) without disturbing the version that guards the rest.
     *
     * @param versionColumn the column's name as the entity's getter names it, e.g. {@code AttendanceVersion}
     */
    public int claim(Class<? extends RawEntity<?>> type, int id, String versionColumn, int expected) {
        String sql = "UPDATE " + table(type) + " SET " + column(versionColumn) + " = ? WHERE " + column("ID")
                + " = ? AND " + column(versionColumn) + " = ?";
        int updated = Updates.execute(executors, "Samråd could not claim a version", sql, expected + 1, id, expected);
        if (updated != 1) {
            throw new StaleVersionException();
        }
        return expected + 1;
    }
}
