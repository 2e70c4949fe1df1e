package org.samraad.devhost.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One dev host per directory (a node's local home, and the HSQLDB database in it), held as an operating-system
 * file lock, which the kernel releases when the process dies however it dies. HSQLDB's own lock file is off instead: after a kill -9 it keeps the database
 * closed until its heartbeat is 10 s stale, so a host restarted at once could not open its data.
 */
final class HomeLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static HomeLock acquire(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("samraad.host-lock");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another dev host is using " + directory
                        + "; stop it or give this one another -Ddevhost.home");
            }
            return new HomeLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + directory, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
