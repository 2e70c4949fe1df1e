package org.samraad.testing;

import java.lang.reflect.Field;
import java.util.concurrent.locks.Lock;
import org.hsqldb.Database;
import org.hsqldb.DatabaseManager;
import org.hsqldb.DatabaseType;
import org.hsqldb.Session;
import org.hsqldb.TransactionManager;

/**
 * Works around a missed wake-up in HSQLDB's MVCC transaction manager (2.7.2; the code is the same in 2.7.4): a
 * writer that finds a row locked registers as waiting for the holder only later, under the transaction manager's
 * lock, without checking that the holder is still in a transaction. When the holder ends in between (a window
 * that CPU load widens), nobody counts the writer's latch down and it waits forever, holding its session: a race
 * test hung with {@code INFORMATION_SCHEMA.SYSTEM_SESSIONS} showing the writer waiting for a session that no longer
 * existed, and no other open transaction. PostgreSQL and MySQL are not affected.
 *
 * <p>A daemon looks a few times a second for writers waiting for a session that is closed or out of its
 * transaction and wakes them as the holder would have: the writer then runs its statement again, as after any
 * wake-up, and waits again if the row is locked by then.
 */
final class HsqlLockWaits {
    private static final long PERIOD_MILLIS = 200;
    private static Thread watcher;

    private HsqlLockWaits() {}

    /** Starts (once per JVM) the daemon for the in-memory database of that name. */
    static synchronized void watch(String memoryDatabase) {
        if (watcher != null) {
            return;
        }
        watcher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(PERIOD_MILLIS);
                    Database database = DatabaseManager.lookupDatabaseObject(DatabaseType.DB_MEM, memoryDatabase);
                    int woken = database == null ? 0 : wakeStranded(database);
                    if (woken > 0) {
                        System.err.println("HsqlLockWaits: woke " + woken + " writer(s) waiting for a lock holder that had ended");
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // a database shut down under us: look again next time
                }
            }
        }, "hsqldb-stranded-lock-waits");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Wakes every writer of the database waiting for a session no longer in a transaction; says how many. */
    static int wakeStranded(Database database) {
        // the session list first: HSQLDB takes the session manager's monitor before the transaction lock, never after
        Session[] sessions = database.sessionManager.getAllSessions();
        Lock lock = writeLock(database.txManager);
        lock.lock();
        try {
            int woken = 0;
            for (Session waiter : sessions) {
                for (int i = waiter.waitedSessions.size() - 1; i >= 0; i--) {
                    Session holder = (Session) waiter.waitedSessions.get(i);
                    if (holder.isClosed() || !holder.isInMidTransaction()) {
                        waiter.waitedSessions.remove(i);
                        holder.waitingSessions.remove(waiter);
                        waiter.latch.countDown();
                        woken++;
                    }
                }
            }
            return woken;
        } finally {
            lock.unlock();
        }
    }

    /** The lock HSQLDB's own commit and rollback count waiters down under (not public). */
    private static Lock writeLock(TransactionManager manager) {
        try {
            Field field = Class.forName("org.hsqldb.TransactionManagerCommon").getDeclaredField("writeLock");
            field.setAccessible(true);
            return (Lock) field.get(manager);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this HSQLDB has no transaction lock where 2.7 has it", e);
        }
    }
}
