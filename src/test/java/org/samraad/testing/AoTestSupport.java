package org.samraad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.samraad.SamraadSchema;

/**
 * Base class of every Active Objects test: the database chosen by {@link TestDatabase} ({@code -Ddb=…}),
 * production table names, all entities migrated once per JVM, and per test an {@link ActiveObjects} facade
 * ({@link #ao}) and a statement counter ({@link #sql}); {@link #plugin()} assembles the plugin over them.
 *
 * <p>Each test runs inside a transaction the runner rolls back afterwards. Code under test that calls
 * {@code ao.executeInTransaction} gets a savepoint there (see {@link EntityManagerActiveObjects}), so rollback
 * on failure is observable as usual. A test that needs real commits (several threads, several connections)
 * is annotated {@code @NonTransactional}; the runner then rebuilds the database after it, which is slow.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@Data(AoTestSupport.AllEntities.class)
@NameConverters(
        table = AtlassianNaming.Tables.class,
        field = AtlassianFieldNameConverter.class,
        sequence = AtlassianSequenceNameConverter.class,
        trigger = AtlassianTriggerNameConverter.class,
        index = AtlassianIndexNameConverter.class,
        unique = AtlassianUniqueNameConverter.class)
public abstract class AoTestSupport {

    /** Injected by the runner before each test. */
    protected EntityManager entityManager;
    protected ActiveObjects ao;
    protected SqlStatementCounter sql;

    @Before
    public final void openAoFacade() {
        ao = new EntityManagerActiveObjects(entityManager);
        sql = SqlStatementCounter.attach(entityManager);
    }

    private final List<TestPlugin> plugins = new ArrayList<>();

    @After
    public final void detachCounter() {
        plugins.forEach(TestPlugin::close);
        plugins.clear();
        sql.close();
    }

    /** The plugin over this test's database and statement counter, as {@link TestPlugin} assembles it. */
    protected TestPlugin.Builder plugin() {
        return new TestPlugin.Builder(entityManager, ao, sql, plugins);
    }

    /** Keep every test class on this updater so the schema is migrated once, not once per class. */
    public static final class AllEntities implements DatabaseUpdater {
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SamraadSchema.entityArray());
        }
    }
}
