package org.samraad.descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the i18n keys that Java, templates, blueprint XML and JavaScript use literally, so a key missing in
 * one language fails the build instead of showing a raw key to a reader.
 */
final class I18nKeysInSources {
    /** A quoted samraad.… key that does not end in a dot (prefixes such as "samraad." are not keys). */
    private static final Pattern QUOTED_KEY = Pattern.compile("[\"']((?:samraad|org\\.samraad\\.samraad-confluence)\\.[a-zA-Z0-9_.-]*[a-zA-Z0-9_-])[\"']");
    /** Template keys completed by an enum name: "samraad.council.kind.$council.kind()" → samraad.council.kind. */
    private static final Pattern DYNAMIC_KEY = Pattern.compile("\"(samraad\\.[a-z0-9.-]+\\.)\\$");

    private I18nKeysInSources() {}

    static Set<String> literalKeys(Path... roots) {
        Set<String> keys = new TreeSet<>();
        forEachSource(roots, text -> collect(QUOTED_KEY, text, keys));
        return keys;
    }

    static Set<String> dynamicPrefixes(Path... roots) {
        Set<String> prefixes = new TreeSet<>();
        forEachSource(roots, text -> collect(DYNAMIC_KEY, text, prefixes));
        return prefixes;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static void forEachSource(Path[] roots, java.util.function.Consumer<String> action) {
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().matches(".*\\.(java|vm|xml|js|soy)$"))
                        .filter(p -> !p.getFileName().toString().equals("atlassian-plugin.xml"))
                        .forEach(p -> action.accept(read(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
