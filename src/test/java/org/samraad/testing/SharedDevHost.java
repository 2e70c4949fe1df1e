package org.samraad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.samraad.devhost.DevHost;

/**
 * One dev host per test JVM, on a free port with a fresh home, so the REST and browser tests run against the
 * plugin as wired from its descriptor, with the demo space seeded, without paying the start-up per class.
 */
public final class SharedDevHost {
    /** The demo spaces' homes, which link every page of the demo as seeded. */
    public static final List<String> DEMO_HOMES = List.of("/display/UDS", "/display/INT");
    private static DevHost host;
    private static List<String> seededPages;
    private static final Pattern PAGE_LINK = Pattern.compile("href=\"[^\"]*?(/pages/viewpage\\.action\\?pageId=[^\"#]*)");

    private SharedDevHost() {}

    /** The running host, for what a test cannot do over HTTP: publish Confluence events, run jobs now. */
    public static synchronized DevHost host() {
        if (host == null) {
            try {
                Path home = Files.createTempDirectory("samraad-devhost-test");
                DevHost started = DevHost.start(0, home);
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "devhost-test-shutdown"));
                host = started;
                seededPages = pagesLinkedFrom(DEMO_HOMES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return host;
    }

    /**
     * The pages the demo spaces' homes link to as seeded, read as the admin before any test adds pages of its own:
     * what a whole-site test (the accessibility audit, the small screens) goes through, the same in every run
     * whatever order the test classes run in. Exports and the editor's preview are not pages people browse.
     */
    public static synchronized List<String> seededPages() {
        host();
        return seededPages;
    }

    private static List<String> pagesLinkedFrom(List<String> homes) {
        Set<String> pages = new LinkedHashSet<>();
        for (String home : homes) {
            Matcher link = PAGE_LINK.matcher(new HttpApi(host.baseUrl()).get("admin", home).text());
            while (link.find()) {
                String href = link.group(1).replace("&amp;", "&");
                if (!href.contains("outputType=")) {
                    pages.add(href);
                }
            }
        }
        return List.copyOf(pages);
    }

    public static String baseUrl() {
        return host().baseUrl();
    }

    public static HttpApi api() {
        return new HttpApi(baseUrl());
    }
}
