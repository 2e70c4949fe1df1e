package org.samraad.platform.sql;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.RawEntity;
import org.samraad.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A lock on the row that owns a rule spanning several rows (the council for its seats, chair and pages; the
 * meeting for its agenda positions), taken inside the caller's transaction before the rule is checked. Two
 * writers that would each pass the check on their own then run one after the other, and the second sees the
 * first one's rows: read committed (the isolation Active Objects is configured with) reads what is committed at
 * each statement.
 *
 * <p>The lock is an UPDATE that sets the id to itself, as that locks the row on every database the plugin
 * supports: {@code SELECT … FOR UPDATE} locks nothing in HSQLDB's MVCC mode (the dev host's), while an UPDATE
 * takes a row lock there, a table lock in HSQLDB's LOCKS mode, and a row lock in PostgreSQL and InnoDB. The lock
 * is held until the transaction ends; the row's version is left alone, so nobody's edit of the row goes stale.
 */
@Component
public class RowLock {
    private final TransactionalExecutorFactory executors;

    public RowLock(@ComponentImport TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    /** Locks the row until the transaction ends; 404 if it does not exist (any more). */
    public void lock(Class<? extends RawEntity<?>> type, int id) {
        String sql = "UPDATE " + table(type) + " SET " + column("ID") + " = " + column("ID")
                + " WHERE " + column("ID") + " = ?";
        if (Updates.execute(executors, "Samråd could not lock a row", sql, id) != 1) {
            throw new NotFoundException();
        }
    }
}
