package org.samraad.devhost.persistence;

import static org.junit.Assert.assertEquals;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.platform.sql.ReadOnlySql;

/**
 * {@link ReadOnlySql#together} on the dev host's SAL executor: the reads inside run within one executor call, so
 * they join its transaction (as SAL's executor joins an existing one) and see it open, instead of each beginning
 * and committing their own.
 */
public class ReadsTogetherTest {
    private HostDatabase database;
    private final List<String> calls = new ArrayList<>();
    private ReadOnlySql sql;

    @Before
    public void openTheDatabase() throws Exception {
        database = HostDatabase.open(HostDatabaseSettings.hsqlFile(Files.createTempDirectory("reads-together")),
                "org.samraad.together");
        sql = new ReadOnlySql(recording(new HostTransactionalExecutorFactory(database)));
    }

    @After
    public void closeIt() {
        database.close();
    }

    @Test
    public void readsTogetherRunInsideOneOpenTransaction() {
        List<Boolean> autoCommit = sql.together(() -> List.of(autoCommit(), autoCommit()));

        assertEquals(List.of("begins", "joins", "joins"), calls);
        assertEquals("each read sees the transaction open", List.of(false, false), autoCommit);
    }

    @Test
    public void readsApartEachBeginTheirOwn() {
        autoCommit();
        autoCommit();

        assertEquals(List.of("begins", "begins"), calls);
    }

    private boolean autoCommit() {
        return sql.query("VALUES 1", List.of(), rows -> rows.getStatement().getConnection().getAutoCommit());
    }

    /** The executor factory, telling for each call whether it begins a unit of work or runs inside one. */
    private TransactionalExecutorFactory recording(TransactionalExecutorFactory host) {
        return new TransactionalExecutorFactory() {
            @Override
            public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
                return recording(host.createExecutor(readOnly, requiresNew));
            }
        };
    }

    private TransactionalExecutor recording(TransactionalExecutor executor) {
        return new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                calls.add(inside() ? "joins" : "begins");
                return executor.execute(callback);
            }

            private boolean inside() {
                try (var connection = database.connection()) {
                    return !connection.getAutoCommit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
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
        };
    }
}
