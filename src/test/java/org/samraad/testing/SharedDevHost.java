package org.samraad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.samraad.devhost.DevHost;

/**
 * One dev host per test JVM, on a free port with a fresh home, so the REST and browser tests run against the
 * plugin as wired from its descriptor, with the demo space seeded, without paying the start-up per class.
 */
public final class SharedDevHost {
    private static DevHost host;

    private SharedDevHost() {}

    /** The running host, for what a test cannot do over HTTP: publish Confluence events, run jobs now. */
    public static synchronized DevHost host() {
        if (host == null) {
            try {
                Path home = Files.createTempDirectory("samraad-devhost-test");
                DevHost started = DevHost.start(0, home);
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "devhost-test-shutdown"));
                host = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return host;
    }

    public static String baseUrl() {
        return host().baseUrl();
    }

    public static HttpApi api() {
        return new HttpApi(baseUrl());
    }
}
