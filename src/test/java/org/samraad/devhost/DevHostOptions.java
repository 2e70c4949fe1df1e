package org.samraad.devhost;

import java.nio.file.Path;
import java.util.List;
import org.samraad.devhost.persistence.HostDatabaseSettings;

/**
 * How to start a host. The defaults run the real plugin: its descriptor from the classpath, its classes under
 * {@code org.samraad} (minus the host and test helpers), and the demo seed on an empty database.
 *
 * @param port 0 for a free port
 * @param home this node's local home ({@link org.samraad.devhost.persistence.LocalHome}: its id, and the HSQLDB
 *     database unless another is set); created if missing, reused across restarts, one running host at a time
 * @param database where the host and the plugin keep their tables: by default an HSQLDB file under {@code home}
 * @param descriptor classpath resource of the plugin descriptor
 * @param scanPackages where Spring looks for the plugin's components
 * @param seedDemo whether to seed the demo spaces and council into an empty database
 * @param node this node's id in a cluster ({@code -Ddevhost.node}); null for the one kept in {@code home}
 */
public record DevHostOptions(int port, Path home, HostDatabaseSettings database, String descriptor,
        List<String> scanPackages, boolean seedDemo, String node) {
    public static final List<String> HOST_PACKAGES = List.of("org.samraad.devhost", "org.samraad.testing");

    public static DevHostOptions of(int port, Path home) {
        return new DevHostOptions(port, home, HostDatabaseSettings.hsqlFile(home), "atlassian-plugin.xml",
                List.of("org.samraad"), true, null);
    }

    /** A test fixture plugin: another descriptor and packages, no demo seed. */
    public DevHostOptions withPlugin(String descriptorResource, String... packages) {
        return new DevHostOptions(port, home, database, descriptorResource, List.of(packages), false, node);
    }

    public DevHostOptions withPort(int newPort) {
        return new DevHostOptions(newPort, home, database, descriptor, scanPackages, seedDemo, node);
    }

    public DevHostOptions withDemoSeed(boolean seed) {
        return new DevHostOptions(port, home, database, descriptor, scanPackages, seed, node);
    }

    /** Another database than the HSQLDB file under {@code home}, e.g. PostgreSQL. */
    public DevHostOptions withDatabase(HostDatabaseSettings settings) {
        return new DevHostOptions(port, home, settings, descriptor, scanPackages, seedDemo, node);
    }

    /**
     * A cluster node's id, as {@code -Ddevhost.node} sets it: two nodes share a PostgreSQL database, each has a
     * {@code home} of its own.
     */
    public DevHostOptions withNode(String nodeId) {
        return new DevHostOptions(port, home, database, descriptor, scanPackages, seedDemo, nodeId);
    }

    PackageScope scope() {
        return new PackageScope(scanPackages, HOST_PACKAGES);
    }
}
