package org.samraad.devhost.web;

import java.util.List;
import java.util.Optional;

/**
 * Confluence's {@code com.atlassian.auiplugin:ajs} on the dev host: the real AUI (npm {@code @atlassian/aui}, the
 * version Confluence 10.2 bundles, pinned in the pom) with the jQuery it runs on, put on the class path by the
 * build ({@link NpmPackages}), and the one piece Confluence adds to AJS itself, {@code AJS.contextPath()}. Every
 * page gets it before any plugin resource, in Confluence's order: jQuery, the web-resource manager's context path
 * (AUI's bundle re-exports {@code AJS.contextPath} from what it finds when it loads), then AUI.
 */
final class AuiResources {
    static final String PREFIX = "/download/resources/" + WebResourceTags.AJS + "/";
    private static final String AUI_DIR = NpmPackages.CLASSPATH_DIR + "atlassian-aui/aui/";
    private static final String JQUERY = NpmPackages.CLASSPATH_DIR + "jquery/jquery.js";
    private static final String CONTEXT_PATH = "devhost/ajs-context-path.js";
    private static final List<String> SCRIPTS = List.of("jquery.js", "context-path.js", "aui-prototyping.js");
    private static final String STYLESHEET = "aui-prototyping.css";

    private AuiResources() {}

    /** Without AUI the pages would not be seen as in Confluence, so the host does not start. */
    static void requirePresent() {
        for (String name : List.of("aui-prototyping.js", STYLESHEET, "jquery.js")) {
            String location = location(name).orElseThrow();
            if (Thread.currentThread().getContextClassLoader().getResource(location) == null) {
                throw new IllegalStateException("AUI is not on the dev host's class path (" + location + "). The build "
                        + "fetches it (npm @atlassian/aui, see aui.version in pom.xml) in the process-test-classes "
                        + "phase: run `mvn -o process-test-classes` once, with network access if it is not cached yet.");
            }
        }
    }

    static String stylesheet() {
        return PREFIX + STYLESHEET;
    }

    static List<String> scripts() {
        return SCRIPTS.stream().map(name -> PREFIX + name).toList();
    }

    /** The class-path location of a file of the {@code ajs} resource: AUI's dist (with its fonts and images). */
    static Optional<String> location(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("..") || name.contains("\\")) {
            return Optional.empty();
        }
        return switch (name) {
            case "jquery.js" -> Optional.of(JQUERY);
            case "context-path.js" -> Optional.of(CONTEXT_PATH);
            default -> Optional.of(AUI_DIR + name);
        };
    }
}
