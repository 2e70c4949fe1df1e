package org.samraad.descriptor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The installable build ({@code mvn package -Patlassian}) needs Atlassian's Maven repository, which these machines
 * cannot reach, so its rules are checked on the pom itself: what the profile compiles, which BOMs decide the
 * versions, what it declares that the confluence artifact no longer brings, and what the bundle imports.
 */
public class AtlassianProfileTest {
    /** Versions of what Confluence provides, pinned to Maven Central's nearest for the default build. */
    private static final List<String> CENTRAL_PINS = List.of("ao.version", "jakarta.ws.rs.version",
            "jakarta.servlet.version", "jakarta.inject.version", "jakarta.annotation.version", "jakarta.mail.version",
            "jackson.version",
            "spring.version", "slf4j.version");

    private static Element project;
    private static Element atlassian;

    @BeforeClass
    public static void readPom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        project = factory.newDocumentBuilder().parse(new File("pom.xml")).getDocumentElement();
        atlassian = profile("atlassian");
    }

    @Test
    public void theProfileCompilesNoTestsForTheDevHostImplementsOnlySubsetsOfTheRealInterfaces() {
        assertEquals("true", property(atlassian, "maven.test.skip"));
    }

    @Test
    public void confluenceIsACurrent102PatchReleaseBuiltWithAmps() {
        String confluence = property(atlassian, "confluence.version");
        assertTrue(confluence, confluence.matches("10\\.2\\.\\d+") && !confluence.equals("10.2.0"));
        assertNotNull(property(atlassian, "amps.version"));
        Element amps = plugin(atlassian, "confluence-maven-plugin");
        assertEquals("${amps.version}", text(amps, "version"));
        assertEquals("${confluence.version}", text(child(amps, "configuration"), "productVersion"));
    }

    @Test
    public void theProductsBomsDecideVersionsTheConfluencePlatformPomAndThePlatformBom102Ships() {
        Map<String, Element> imports = new LinkedHashMap<>();
        for (Element dependency : children(child(child(atlassian, "dependencyManagement"), "dependencies"), "dependency")) {
            assertEquals("only BOM imports are managed here", "import", text(dependency, "scope"));
            assertEquals("pom", text(dependency, "type"));
            imports.put(coordinates(dependency), dependency);
        }
        assertEquals(List.of("com.atlassian.confluence:confluence-plugins-platform-pom",
                "com.atlassian.platform.dependencies:platform-public-api"), List.copyOf(imports.keySet()));
        assertEquals("${confluence.version}",
                text(imports.get("com.atlassian.confluence:confluence-plugins-platform-pom"), "version"));
        assertEquals("${platform.version}", text(imports.get("com.atlassian.platform.dependencies:platform-public-api"), "version"));
        String platform = property(atlassian, "platform.version");
        Matcher version = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)").matcher(platform);
        assertTrue(platform, version.matches());
        int major = Integer.parseInt(version.group(1));
        int minor = Integer.parseInt(version.group(2));
        assertTrue("Confluence 10.2 ships Platform 8.3.x, not 10.0's 8.0.0: " + platform, major == 8 && minor >= 3);
    }

    @Test
    public void theCreateContentApiIsDeclaredAndTheUnversionedPluginIsNot() {
        Set<String> declared = dependencies(atlassian).keySet();
        assertTrue(declared.contains("com.atlassian.confluence.plugins:confluence-create-content-api"));
        assertFalse(declared.contains("com.atlassian.confluence.plugins:confluence-create-content-plugin"));
        assertFalse(dependencies(project).containsKey("com.atlassian.confluence.plugins:confluence-create-content-plugin"));
    }

    @Test
    public void whatTheConfluenceArtifactStoppedExposingIn87IsDeclared() {
        Set<String> declared = dependencies(atlassian).keySet();
        for (String artifact : List.of("com.atlassian.event:atlassian-event", "com.atlassian.core:atlassian-core",
                "com.atlassian.mail:atlassian-mail", "com.atlassian.user:atlassian-user",
                "com.atlassian.scheduler:atlassian-scheduler-api", "com.atlassian.plugins:atlassian-plugins-webfragment-api")) {
            assertTrue(artifact + " is declared", declared.contains(artifact));
        }
    }

    @Test
    public void theProfileSetsNoVersionOfItsOwnForWhatTheProductProvides() {
        dependencies(atlassian).forEach((artifact, dependency) -> {
            if ("provided".equals(text(dependency, "scope")) && !artifact.equals("com.atlassian.confluence:confluence")) {
                assertEquals(artifact + " takes the BOMs' version", null, text(dependency, "version"));
            }
        });
    }

    @Test
    public void theDefaultBuildsCentralPinsLiveInItsProfilesAndCannotLeakIntoTheInstallableBundle() {
        Element topLevel = child(project, "properties");
        for (String pin : CENTRAL_PINS) {
            assertEquals(pin + " is not a top-level property", null, text(topLevel, pin));
            assertEquals(pin + " is not set by the atlassian profile", null, property(atlassian, pin));
        }
        assertEquals("no top-level dependencyManagement", null, child(project, "dependencyManagement"));
        dependencies(project).forEach((artifact, dependency) -> {
            if ("provided".equals(text(dependency, "scope"))) {
                assertEquals(artifact + " has no top-level version", null, text(dependency, "version"));
            }
        });
        Element standins = profile("standins");
        assertEquals("true", text(child(standins, "activation"), "activeByDefault"));
        for (String central : List.of("standins", "devhost", "benchmark")) {
            for (String pin : CENTRAL_PINS) {
                assertEquals(central + " pins " + pin, property(standins, pin), property(profile(central), pin));
                assertNotNull(pin, property(standins, pin));
            }
        }
    }

    @Test
    public void theBundleImportsJakartaAnnotationAndSlf4jMandatorilyAndDoesNotImportJsr310() {
        List<String> imports = importPackage();
        assertTrue(imports.toString(), imports.contains("jakarta.annotation"));
        assertTrue(imports.toString(), imports.contains("org.slf4j"));
        for (String entry : imports) {
            assertFalse(entry, entry.startsWith("com.fasterxml.jackson.datatype.jsr310"));
        }
        int exclusion = imports.indexOf("!com.fasterxml.jackson.datatype.jsr310*");
        int jackson = imports.indexOf("com.fasterxml.jackson.*");
        assertTrue("the jackson wildcard cannot take jsr310 in: " + imports, jackson < 0 || (exclusion >= 0 && exclusion < jackson));
    }

    /**
     * The plugin writes and reads its dates itself ({@code platform/rest/Iso8601}), so the bundle needs Jackson's
     * Java time module neither imported (no source shows Confluence exporting it) nor bundled.
     */
    @Test
    public void theBundleCarriesNoJavaTimeModuleSinceNoPluginClassUsesIt() throws Exception {
        assertNull("jsr310 in the atlassian profile",
                dependencies(atlassian).get("com.fasterxml.jackson.datatype:jackson-datatype-jsr310"));
        try (java.util.stream.Stream<java.nio.file.Path> sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            List<String> users = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> read(path).contains("com.fasterxml.jackson.datatype.jsr310"))
                    .map(Object::toString).toList();
            assertEquals(List.of(), users);
        }
    }

    /**
     * A multipart mail is built with {@code jakarta.mail} and {@code jakarta.activation} (platform/mail/QueuedMail):
     * left to the optional wildcard and unwired, meeting mails would fail only when the queue sends them.
     */
    @Test
    public void theBundleImportsJakartaMailAndActivationMandatorilyAndTakesTheirVersionsFromTheProduct() {
        List<String> imports = importPackage();
        assertTrue(imports.toString(), imports.contains("jakarta.mail.*"));
        assertTrue(imports.toString(), imports.contains("jakarta.activation"));
        Element mail = dependencies(project).get("jakarta.mail:jakarta.mail-api");
        assertNotNull("jakarta.mail-api is declared", mail);
        assertEquals("provided", text(mail, "scope"));
        assertEquals(null, text(mail, "version"));
    }

    @Test
    public void theBundleImportsSpringsOrderAnnotationMandatorilySinceTheFeaturesOrderTheirMentions() {
        assertTrue(importPackage().toString(), importPackage().contains("org.springframework.core.annotation"));
    }

    private static String read(java.nio.file.Path path) {
        try {
            return java.nio.file.Files.readString(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    public void theImportRuleWouldCatchAnOptionalSlf4j() {
        List<String> imports = entries("org.slf4j;resolution:=\"optional\", jakarta.annotation, *;resolution:=\"optional\"");
        assertFalse(imports.contains("org.slf4j"));
        assertTrue(imports.contains("jakarta.annotation"));
    }

    private static List<String> importPackage() {
        Element instructions = child(child(plugin(atlassian, "confluence-maven-plugin"), "configuration"), "instructions");
        return entries(text(instructions, "Import-Package"));
    }

    private static List<String> entries(String header) {
        List<String> entries = new ArrayList<>();
        Arrays.stream(header.split(",")).map(String::trim).filter(e -> !e.isEmpty()).forEach(entries::add);
        return entries;
    }

    private static Element profile(String id) {
        for (Element profile : children(child(project, "profiles"), "profile")) {
            if (id.equals(text(profile, "id"))) {
                return profile;
            }
        }
        throw new AssertionError("no profile " + id);
    }

    private static Element plugin(Element owner, String artifactId) {
        for (Element plugin : children(child(child(owner, "build"), "plugins"), "plugin")) {
            if (artifactId.equals(text(plugin, "artifactId"))) {
                return plugin;
            }
        }
        throw new AssertionError("no plugin " + artifactId);
    }

    private static Map<String, Element> dependencies(Element owner) {
        Map<String, Element> found = new LinkedHashMap<>();
        Element list = child(owner, "dependencies");
        if (list != null) {
            children(list, "dependency").forEach(d -> found.put(coordinates(d), d));
        }
        return found;
    }

    private static String coordinates(Element dependency) {
        return text(dependency, "groupId") + ":" + text(dependency, "artifactId");
    }

    private static String property(Element owner, String name) {
        Element properties = child(owner, "properties");
        return properties == null ? null : text(properties, name);
    }

    private static String text(Element parent, String name) {
        Element found = parent == null ? null : child(parent, name);
        return found == null ? null : found.getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = parent == null ? List.of() : children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
