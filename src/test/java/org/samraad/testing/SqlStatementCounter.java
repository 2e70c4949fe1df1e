package org.samraad.testing;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/**
 * Counts the SQL statements AO prepares (its SQL listener), plus any that other JDBC paths {@link #record report},
 * so a query budget ("a list request costs at most 3 statements") can be asserted:
 * <pre>counter.assertAtMost(3, () -&gt; service.list(councilId));</pre>
 * JDBC-level calls that are not statements (commit, savepoints, metadata) are not counted, as they are not queries.
 */
public final class SqlStatementCounter implements DatabaseProvider.SqlListener, AutoCloseable {

    /** A block of code to measure; a lambda returning a value fits too. */
    @FunctionalInterface
    public interface Block {
        void run() throws Exception;
    }

    private final DatabaseProvider provider;
    private final List<String> statements = new ArrayList<>();

    private SqlStatementCounter(DatabaseProvider provider) {
        this.provider = provider;
    }

    /** Starts listening; {@link #close()} stops, as providers outlive a test. */
    public static SqlStatementCounter attach(EntityManager entityManager) {
        SqlStatementCounter counter = new SqlStatementCounter(entityManager.getProvider());
        counter.provider.addSqlListener(counter);
        return counter;
    }

    /** How many statements {@code block} runs on this entity manager, counted by a counter of its own. */
    public static int countOn(EntityManager entityManager, Block block) throws Exception {
        try (SqlStatementCounter counter = attach(entityManager)) {
            return counter.count(block);
        }
    }

    @Override
    public void onSql(String sql) {
        record(sql);
    }

    public synchronized void record(String sql) {
        statements.add(sql);
    }

    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    public synchronized int total() {
        return statements.size();
    }

    public synchronized void reset() {
        statements.clear();
    }

    /** The statements the block ran. */
    public List<String> statementsDuring(Block block) {
        int before = total();
        try {
            block.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        synchronized (this) {
            return List.copyOf(statements.subList(before, statements.size()));
        }
    }

    public int count(Block block) {
        return statementsDuring(block).size();
    }

    public void assertAtMost(int max, Block block) {
        List<String> ran = statementsDuring(block);
        if (ran.size() > max) {
            throw new AssertionError("expected at most " + max + " SQL statements but " + ran.size() + " ran:\n  "
                    + String.join("\n  ", ran));
        }
    }

    @Override
    public void close() {
        provider.removeSqlListener(this);
    }
}
