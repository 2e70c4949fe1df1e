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
    private static String baseUrl;

    private SharedDevHost() {}

    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            try {
                Path home = Files.createTempDirectory("samraad-devhost-test");
                var host = DevHost.start(0, home);
                baseUrl = host.baseUrl();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        host.close();
                    } catch (Exception e) {
                        // the JVM is ending; nothing left to protect
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("the dev host did not start", e);
            }
        }
        return baseUrl;
    }

    public static HttpApi api() {
        return new HttpApi(baseUrl());
    }
}
