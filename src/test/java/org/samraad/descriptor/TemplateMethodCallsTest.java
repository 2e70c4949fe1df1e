package org.samraad.descriptor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * Confluence 9+ runs a template's method call only if the method is allowlisted, and a plugin may list only its
 * own classes: the templates and the descriptor's {@code <velocity-allowlist>} must agree, name by name. (The
 * macro tests render through the dev host's Velocity, which refuses the rest, so a call on the wrong class shows
 * there too.)
 */
public class TemplateMethodCallsTest {
    private static final Path TEMPLATES = Paths.get("src/main/resources/templates");
    private static final Pattern CALL = Pattern.compile("(?<=[\\w)])\\.([A-Za-z_]\\w*)\\(");
    private static final Pattern PROPERTY = Pattern.compile("\\$!?\\{?[A-Za-z_]\\w*\\.[A-Za-z_]\\w*(?![\\w(])");
    private static final Pattern UNAVAILABLE = Pattern.compile("\\$!?\\{?velocityCount|\\$!?\\{?foreach\\b|\\.isEmpty\\(\\)|\\.size\\(\\)");

    private static Map<String, String> templates;
    private static Set<String> allowlistedNames;

    @BeforeClass
    public static void load() throws Exception {
        templates = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            files.filter(f -> f.toString().endsWith(".vm")).forEach(f -> templates.put(TEMPLATES.relativize(f).toString(), read(f)));
        }
        allowlistedNames = new TreeSet<>();
        for (Element method : PluginDescriptor.load().all("method")) {
            String entry = method.getTextContent().trim();
            allowlistedNames.add(entry.substring(entry.indexOf('#') + 1, entry.indexOf('(')));
        }
    }

    @Test
    public void everyMethodATemplateCallsIsAllowlistedByName() {
        Set<String> unlisted = new TreeSet<>();
        templates.forEach((name, text) -> calls(text).forEach(call -> {
            if (!allowlistedNames.contains(call)) {
                unlisted.add(name + ": " + call + "()");
            }
        }));
        assertEquals("template calls with no <velocity-allowlist> entry of that name", Set.of(), unlisted);
    }

    @Test
    public void everyAllowlistedMethodIsCalledByATemplate() {
        Set<String> called = new TreeSet<>();
        templates.values().forEach(text -> called.addAll(calls(text)));
        Set<String> unused = new TreeSet<>(allowlistedNames);
        unused.removeAll(called);
        assertEquals("<velocity-allowlist> entries no template calls", Set.of(), unused);
    }

    @Test
    public void templatesCallMethodsExplicitlyAndNeverReadProperties() {
        templates.forEach((name, text) -> {
            Matcher property = PROPERTY.matcher(text);
            assertFalse(name + " reads a property (a hidden getX or Map.get call): " + (property.find() ? property.group() : ""),
                    PROPERTY.matcher(text).find());
        });
    }

    @Test
    public void templatesUseNoLoopCounterNorJdkCollectionMethods() {
        templates.forEach((name, text) -> {
            Matcher found = UNAVAILABLE.matcher(text);
            assertFalse(name + " uses " + (found.find() ? found.group() : "") + "; use a hasX() or index of the view",
                    UNAVAILABLE.matcher(text).find());
        });
    }

    private static Set<String> calls(String template) {
        Set<String> names = new TreeSet<>();
        Matcher call = CALL.matcher(template);
        while (call.find()) {
            names.add(call.group(1));
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
