package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/** The stand-ins play Maven's "provided" role: compiled against, never shipped. Checked on the real jar. */
public class PackagedJarIT {
    private final Path jar = Paths.get(System.getProperty("samraad.jar", "target/samraad-confluence-1.0.jar"));
    private final Path standIns = Paths.get(System.getProperty("samraad.standins", "src/provided/java"));

    @Test
    public void theJarHoldsOnlyOurOwnClasses() throws IOException {
        List<String> foreign = classesInJar().stream().filter(c -> !c.startsWith("org/samraad/")).toList();
        assertEquals(List.of(), foreign);
    }

    @Test
    public void noStandInIsPackaged() throws IOException {
        Set<String> packaged = classesInJar();
        List<String> standInClasses;
        try (Stream<Path> files = Files.walk(standIns)) {
            standInClasses = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> standIns.relativize(f).toString().replace(".java", ".class"))
                    .toList();
        }
        assertTrue("no stand-ins found under " + standIns, standInClasses.size() > 10);
        assertEquals(List.of(), standInClasses.stream().filter(packaged::contains).toList());
    }

    @Test
    public void theJarCarriesTheFilteredDescriptorAndTranslations() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String descriptor = new String(file.getInputStream(file.getEntry("atlassian-plugin.xml")).readAllBytes());
            assertTrue(descriptor.contains("key=\"" + PluginKeys.PLUGIN_KEY + "\""));
            assertTrue("unfiltered placeholders", !descriptor.contains("${"));
            for (String language : List.of("", "_da", "_sv")) {
                assertNotNull(file.getEntry("i18n/samraad" + language + ".properties"));
            }
            assertNotNull(file.getEntry("META-INF/spring/plugin-context.xml"));
        }
    }

    private Set<String> classesInJar() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).collect(Collectors.toSet());
        }
    }
}
