package org.samraad.devhost.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A node's own home directory, as Confluence Data Center's local home: it belongs to one running node (locked, as
 * Confluence locks its home), and holds the node's id. What the nodes of a cluster share is the database: the host
 * keeps no file another node needs (no attachments; outbox, settings, clustered jobs and access mode are tables),
 * so it has no shared home. On HSQLDB the database file lives here too, which is why that mode is one node only.
 */
public final class LocalHome implements AutoCloseable {
    private static final String NODE_FILE = "node.id";

    private final Path directory;
    private final String node;
    private final HomeLock lock;

    private LocalHome(Path directory, String node, HomeLock lock) {
        this.directory = directory;
        this.node = node;
        this.lock = lock;
    }

    /**
     * Locks {@code directory} for this process and settles the node id: {@code requestedNode} if given (and kept
     * for the next start), else the one kept here, else a new one.
     */
    public static LocalHome open(Path directory, String requestedNode) {
        HomeLock lock = HomeLock.acquire(directory);
        try {
            Path file = directory.resolve(NODE_FILE);
            String node = requestedNode != null && !requestedNode.isBlank() ? requestedNode.strip()
                    : Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip()
                    : "node-" + UUID.randomUUID().toString().substring(0, 8);
            Files.writeString(file, node, StandardCharsets.UTF_8);
            return new LocalHome(directory, node, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    public Path directory() {
        return directory;
    }

    public String node() {
        return node;
    }

    @Override
    public void close() {
        lock.close();
    }
}
