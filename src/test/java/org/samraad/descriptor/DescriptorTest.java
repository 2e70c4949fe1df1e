package org.samraad.descriptor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.scheduler.JobRunner;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.java.ao.RawEntity;
import org.junit.BeforeClass;
import org.junit.Test;
import org.samraad.SamraadSchema;
import org.samraad.platform.PluginKeys;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * Confluence reads atlassian-plugin.xml only when the plugin is installed; this test reads it at build time so
 * a wrong class, path, key or missing translation fails here and not on a customer's wiki.
 */
public class DescriptorTest {
    private static final List<String> LANGUAGES = List.of("", "_da", "_sv");
    private static final List<Class<? extends Annotation>> REST_ACCESS = List.of(
            AdminOnly.class, SystemAdminOnly.class, LicensedOnly.class,
            UnlicensedSiteAccess.class, AnonymousSiteAccess.class, UnrestrictedAccess.class);

    private static PluginDescriptor descriptor;
    private static Map<String, Properties> bundles;

    @BeforeClass
    public static void load() throws Exception {
        descriptor = PluginDescriptor.load();
        bundles = new TreeMap<>();
        for (String language : LANGUAGES) {
            bundles.put(language, bundle(language));
        }
    }

    @Test
    public void pluginKeyAndDataCenterCompatibilityAreDeclared() {
        assertEquals(PluginKeys.PLUGIN_KEY, descriptor.root.getAttribute("key"));
        Set<String> params = PluginDescriptor.children(first("plugin-info"), "param").stream()
                .map(p -> p.getAttribute("name") + "=" + p.getTextContent().trim())
                .collect(Collectors.toSet());
        assertTrue(params.contains("atlassian-data-center-status=compatible"));
        assertTrue(params.contains("atlassian-data-center-compatible=true"));
    }

    @Test
    public void moduleKeysAndMacroNamesAreUnique() {
        List<String> keys = descriptor.modules().stream()
                .map(m -> m.getAttribute("key")).filter(k -> !k.isEmpty()).toList();
        assertEquals("duplicate module keys in " + keys, new HashSet<>(keys).size(), keys.size());
        List<String> macroNames = descriptor.all("xhtml-macro").stream().map(m -> m.getAttribute("name")).toList();
        assertEquals(new HashSet<>(macroNames).size(), macroNames.size());
    }

    @Test
    public void everyMacroClassExistsAndIsAConfluenceMacro() throws Exception {
        for (Element macro : descriptor.all("xhtml-macro")) {
            Class<?> type = Class.forName(macro.getAttribute("class"));
            assertTrue(type + " must implement Macro", Macro.class.isAssignableFrom(type));
            assertEquals("the macro name is its storage-format ac:name", macro.getAttribute("key"), macro.getAttribute("name"));
            assertTrue(macro.getAttribute("name").startsWith("samraad-"));
        }
    }

    @Test
    public void theSearchExtractorIsAnExtractor2ModuleConfluenceCanBuild() throws Exception {
        List<Element> extractors = descriptor.all("extractor2");
        assertEquals("one search extractor", 1, extractors.size());
        Element extractor = extractors.get(0);
        Class<?> type = Class.forName(extractor.getAttribute("class"));
        assertTrue(type + " must implement Extractor2",
                com.atlassian.confluence.plugins.index.api.Extractor2.class.isAssignableFrom(type));
        assertEquals("one public constructor for the module factory to autowire", 1, type.getConstructors().length);
        assertTrue("not also a scanned component (the module factory builds it)", !type.isAnnotationPresent(Component.class));
        assertTrue(extractor.getAttribute("key").startsWith("samraad-"));
        Integer.parseInt(extractor.getAttribute("priority"));
        assertEquals("only the latest version of content carries live text", "true",
                extractor.getAttribute("requires-latest-version"));
    }

    @Test
    public void theActiveObjectsModuleListsExactlyTheSchemaEntities() throws Exception {
        Element ao = first("ao");
        assertEquals("org.samraad", ao.getAttribute("namespace"));
        List<Class<?>> declared = new ArrayList<>();
        for (Element entity : PluginDescriptor.children(ao, "entity")) {
            Class<?> type = Class.forName(entity.getTextContent().trim());
            assertTrue(RawEntity.class.isAssignableFrom(type));
            declared.add(type);
        }
        assertEquals(new LinkedHashSet<>(SamraadSchema.ENTITIES), new LinkedHashSet<>(declared));
    }

    @Test
    public void theRestModuleIsVersionTwoAtSlashSamraad() {
        Element rest = first("rest");
        assertEquals("/samraad", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
        assertEquals(1, PluginDescriptor.children(first("rest-migration"), "rest-v2").size());
    }

    @Test
    public void everyRestMethodHasOneAccessAnnotationAndMutationsTakeOnlyJson() throws Exception {
        List<Class<?>> resources = restResources();
        assertTrue("no REST resources found", !resources.isEmpty());
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean mutation = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                        || method.isAnnotationPresent(DELETE.class);
                if (!mutation && !method.isAnnotationPresent(GET.class)) {
                    continue;
                }
                long access = REST_ACCESS.stream().filter(method::isAnnotationPresent).count();
                assertEquals(resource.getSimpleName() + "." + method.getName() + " access annotations", 1, access);
                if (mutation && method.getParameterCount() > countPathAndQueryParams(method)) {
                    Consumes consumes = method.getAnnotation(Consumes.class);
                    assertNotNull(method + " must declare @Consumes(application/json)", consumes);
                    assertEquals(List.of(MediaType.APPLICATION_JSON), List.of(consumes.value()));
                }
            }
        }
    }

    @Test
    public void everyWebResourceDependsOnAuiAndItsFilesExist() {
        for (Element webResource : descriptor.all("web-resource")) {
            Set<String> dependencies = PluginDescriptor.children(webResource, "dependency").stream()
                    .map(d -> d.getTextContent().trim()).collect(Collectors.toSet());
            assertTrue(dependencies.contains("com.atlassian.auiplugin:ajs"));
        }
        assertEquals(PluginKeys.WEB_RESOURCES, PluginKeys.PLUGIN_KEY + ":" + first("web-resource").getAttribute("key"));
    }

    @Test
    public void everyResourceLocationInTheDescriptorExists() {
        for (Element resource : descriptor.all("resource")) {
            String location = resource.getAttribute("location");
            if ("i18n".equals(resource.getAttribute("type"))) {
                for (String language : LANGUAGES) {
                    assertResource(location.replace('.', '/') + language + ".properties");
                }
            } else if (!location.endsWith("/")) {
                assertResource(location);
            }
        }
        for (Element param : descriptor.all("param")) {
            if (param.getAttribute("name").startsWith("plugin-")) {
                assertResource(param.getTextContent().trim());
            }
        }
    }

    @Test
    public void everyTemplateTheJavaCodeRendersExists() throws IOException {
        Pattern template = Pattern.compile("\"(templates/[\\w/.-]+\\.vm)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = template.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertTrue("no templates found", !named.isEmpty());
        named.forEach(DescriptorTest::assertResource);
    }

    @Test
    public void everyBlueprintPointsAtAContentTemplateAndAWebItem() {
        Set<String> templates = moduleKeys("content-template");
        Set<String> offered = offeredBlueprints("system.create.dialog/content");
        List<Element> blueprints = topLevel("blueprint");
        assertTrue("no blueprints", !blueprints.isEmpty());
        for (Element blueprint : blueprints) {
            assertTrue(templates.contains(blueprint.getAttribute("content-template-key")));
            assertTrue(offered.contains(blueprint.getAttribute("key")));
        }
    }

    @Test
    public void everySpaceBlueprintPointsAtExistingTemplatesAndBlueprintsAndIsOfferedInTheCreateSpaceDialog() {
        Set<String> templates = moduleKeys("content-template");
        Set<String> blueprints = moduleKeys("blueprint");
        Set<String> offered = offeredBlueprints("system.create.space.dialog/content");
        List<Element> spaceBlueprints = topLevel("space-blueprint");
        assertTrue("no space blueprints", !spaceBlueprints.isEmpty());
        for (Element spaceBlueprint : spaceBlueprints) {
            String key = spaceBlueprint.getAttribute("key");
            List<Element> refs = PluginDescriptor.children(spaceBlueprint, "content-template");
            assertTrue(key + " needs a home page content-template", !refs.isEmpty());
            refs.forEach(ref -> assertTrue(key + " → " + ref.getAttribute("ref"), templates.contains(ref.getAttribute("ref"))));
            for (Element promoted : PluginDescriptor.children(spaceBlueprint, "blueprint")) {
                assertTrue(key + " promotes " + promoted.getAttribute("ref"), blueprints.contains(promoted.getAttribute("ref")));
            }
            assertTrue(key + " is offered by no create-space web-item", offered.contains(key));
        }
    }

    /**
     * Create-content saves a page under the wizard's title field, else the context provider's title, else an empty
     * one, and checks duplicates only of the wizard's; it warns about providers that do not extend
     * AbstractBlueprintContextProvider (create-content 18.7.17 DefaultBlueprintContentGenerator).
     */
    @Test
    public void everyBlueprintWithoutAWizardTitleFieldHasAContextProviderThatExtendsTheBlueprintBase() throws Exception {
        String soy = new String(DescriptorTest.class.getResourceAsStream("/soy/samraad-blueprints.soy").readAllBytes(),
                StandardCharsets.UTF_8);
        Map<String, Element> templates = topLevel("content-template").stream()
                .collect(Collectors.toMap(t -> t.getAttribute("key"), t -> t));
        for (Element template : templates.values()) {
            for (Element provider : PluginDescriptor.children(template, "context-provider")) {
                Class<?> type = Class.forName(provider.getAttribute("class"));
                assertTrue(type.getName(), AbstractBlueprintContextProvider.class.isAssignableFrom(type));
            }
        }
        for (Element blueprint : topLevel("blueprint")) {
            List<Element> pages = descriptor.all("dialog-page").stream()
                    .filter(page -> blueprint.isSameNode(page.getParentNode().getParentNode())).toList();
            boolean titleField = pages.stream().anyMatch(page -> soyTemplate(soy, page.getAttribute("template-key"))
                    .contains("name=\"title\""));
            if (!titleField) {
                Element template = templates.get(blueprint.getAttribute("content-template-key"));
                assertTrue(blueprint.getAttribute("key") + " has no wizard title, so its content-template must set one",
                        !PluginDescriptor.children(template, "context-provider").isEmpty());
            }
        }
    }

    private static String soyTemplate(String soy, String templateKey) {
        String start = "{template ." + templateKey.substring(templateKey.lastIndexOf('.') + 1);
        int at = soy.indexOf(start);
        assertTrue("no Soy template " + templateKey, at >= 0);
        return soy.substring(at, soy.indexOf("{/template}", at));
    }

    @Test
    public void everyWizardPageNamesASoyTemplateOfAWebResourceWithTheSoyTransformer() throws IOException {
        Pattern namespace = Pattern.compile("\\{namespace\\s+([\\w.]+)");
        Pattern template = Pattern.compile("\\{template\\s+\\.(\\w+)");
        Set<String> soyTemplates = new TreeSet<>();
        for (Element webResource : descriptor.all("web-resource")) {
            for (Element resource : PluginDescriptor.children(webResource, "resource")) {
                String location = resource.getAttribute("location");
                if (!location.endsWith(".soy")) {
                    continue;
                }
                boolean transformed = PluginDescriptor.children(webResource, "transformation").stream()
                        .anyMatch(t -> t.getAttribute("extension").equals("soy")
                                && PluginDescriptor.children(t, "transformer").stream()
                                        .anyMatch(x -> x.getAttribute("key").equals("soyTransformer")));
                assertTrue(location + " needs the soyTransformer", transformed);
                assertResource(location);
                String soy = new String(DescriptorTest.class.getResourceAsStream("/" + location).readAllBytes(),
                        StandardCharsets.UTF_8);
                Matcher ns = namespace.matcher(soy);
                assertTrue(location + " has no {namespace}", ns.find());
                Matcher t = template.matcher(soy);
                while (t.find()) {
                    soyTemplates.add(ns.group(1) + "." + t.group(1));
                }
            }
        }
        List<Element> pages = descriptor.all("dialog-page");
        assertTrue("no wizard pages", !pages.isEmpty());
        for (Element page : pages) {
            assertTrue("no Soy template " + page.getAttribute("template-key") + " in " + soyTemplates,
                    soyTemplates.contains(page.getAttribute("template-key")));
        }
    }

    @Test
    public void everyScheduledJobNamesAJobRunnerComponentAndRunsOncePerCluster() throws Exception {
        Map<String, Class<?>> runners = new TreeMap<>();
        for (Class<?> type : mainClasses()) {
            Component component = type.getAnnotation(Component.class);
            if (component != null && JobRunner.class.isAssignableFrom(type)) {
                runners.put(component.value(), type);
            }
        }
        for (Element jobConfig : descriptor.all("job-config")) {
            Element job = PluginDescriptor.children(jobConfig, "job").get(0);
            assertTrue("no JobRunner bean named " + job.getAttribute("key"), runners.containsKey(job.getAttribute("key")));
            assertEquals("true", job.getAttribute("perClusterJob"));
        }
    }

    @Test
    public void everyVelocityAllowlistEntryNamesARealPublicMethodOfOurOwn() throws Exception {
        for (Element method : descriptor.all("method")) {
            String entry = method.getTextContent().trim();
            assertTrue(entry + " must be ours", entry.startsWith("org.samraad."));
            Matcher parts = Pattern.compile("([\\w.$]+)#(\\w+)\\(([\\w.$,]*)\\)").matcher(entry);
            assertTrue(entry + " must be Class#method(param.Type,…)", parts.matches());
            List<Class<?>> parameters = new ArrayList<>();
            for (String type : parts.group(3).isEmpty() ? new String[0] : parts.group(3).split(",")) {
                parameters.add(Class.forName(type));
            }
            Class<?> owner = Class.forName(parts.group(1));
            Method found = owner.getMethod(parts.group(2), parameters.toArray(Class<?>[]::new));
            assertEquals(entry + " must be declared by the class it names", owner, found.getDeclaringClass());
        }
    }

    @Test
    public void theThreeLanguagesHaveTheSameKeys() {
        Set<String> english = bundles.get("").stringPropertyNames();
        for (String language : LANGUAGES) {
            Set<String> keys = bundles.get(language).stringPropertyNames();
            assertEquals("keys missing in " + language, Set.of(), difference(english, keys));
            assertEquals("keys only in " + language, Set.of(), difference(keys, english));
        }
    }

    @Test
    public void everyKeyUsedByTheDescriptorSourcesAndTemplatesIsTranslated() {
        Set<String> used = new TreeSet<>(I18nKeysInSources.literalKeys(Paths.get("src/main/java"), Paths.get("src/main/resources")));
        for (Element element : descriptor.all("*")) {
            used.add(element.getAttribute("i18n-name-key"));
            if (element.getTagName().equals("description")) {
                used.add(element.getAttribute("key"));
            }
        }
        used.remove("");
        for (Element macro : descriptor.all("xhtml-macro")) {
            String prefix = PluginKeys.PLUGIN_KEY + "." + macro.getAttribute("name");
            used.add(prefix + ".label");
            used.add(prefix + ".desc");
            for (Element parameter : PluginDescriptor.children(macro, "parameter")) {
                used.add(prefix + ".param." + parameter.getAttribute("name") + ".label");
                used.add(prefix + ".param." + parameter.getAttribute("name") + ".desc");
            }
        }
        for (String language : LANGUAGES) {
            Set<String> missing = difference(used, bundles.get(language).stringPropertyNames());
            assertEquals("untranslated keys in samraad" + language + ".properties", Set.of(), missing);
        }
    }

    @Test
    public void everyKeyBuiltFromAnEnumNameExistsForEveryConstant() {
        Set<String> prefixes = I18nKeysInSources.dynamicPrefixes(Paths.get("src/main/resources"));
        assertTrue(!prefixes.isEmpty());
        Set<String> english = bundles.get("").stringPropertyNames();
        for (String prefix : prefixes) {
            if (english.stream().noneMatch(k -> k.startsWith(prefix))) {
                fail("no keys at all under " + prefix);
            }
        }
    }

    private static int countPathAndQueryParams(Method method) {
        int count = 0;
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            if (annotations.length > 0) {
                count++;
            }
        }
        return count;
    }

    private static List<Class<?>> restResources() throws Exception {
        return mainClasses().stream().filter(type -> type.isAnnotationPresent(Path.class)).toList();
    }

    private static List<Class<?>> mainClasses() throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                classes.add(Class.forName(Paths.get("src/main/java").relativize(file).toString()
                        .replace(".java", "").replace('/', '.')));
            }
        }
        return classes;
    }

    private static List<Element> topLevel(String tagName) {
        return descriptor.modules().stream().filter(m -> m.getTagName().equals(tagName)).toList();
    }

    private static Set<String> moduleKeys(String tagName) {
        return topLevel(tagName).stream().map(m -> m.getAttribute("key")).collect(Collectors.toSet());
    }

    /** Blueprint keys offered by web-items of a create dialog section. */
    private static Set<String> offeredBlueprints(String section) {
        return topLevel("web-item").stream()
                .filter(w -> w.getAttribute("section").equals(section))
                .flatMap(w -> PluginDescriptor.children(w, "param").stream())
                .filter(p -> p.getAttribute("name").equals("blueprintKey"))
                .map(p -> p.getAttribute("value")).collect(Collectors.toSet());
    }

    private static Element first(String tagName) {
        List<Element> elements = descriptor.all(tagName);
        assertTrue("no <" + tagName + ">", !elements.isEmpty());
        return elements.get(0);
    }

    private static void assertResource(String path) {
        assertNotNull("missing resource " + path, DescriptorTest.class.getResource("/" + path));
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DescriptorTest.class.getResourceAsStream("/i18n/samraad" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
