package org.samraad.descriptor;

import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.scheduler.JobRunner;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;
import org.springframework.stereotype.Component;

/**
 * In Confluence a product service is a bean of the plugin's Spring context only where some class imports it with
 * {@code @ComponentImport}; a class that merely relies on another class importing the same type breaks as soon as
 * that other class changes. So every class Confluence constructs for the plugin imports each product type it takes.
 */
public class ComponentImportTest {

    @Test
    public void everyProductTypeAConstructedClassTakesIsImportedWhereItIsInjected() throws Exception {
        List<String> missing = new ArrayList<>();
        List<Class<?>> constructed = constructedClasses();
        for (Class<?> type : constructed) {
            for (Constructor<?> constructor : type.getConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (isProductType(parameter.getType()) && !parameter.isAnnotationPresent(ComponentImport.class)) {
                        missing.add(type.getName() + "(" + parameter.getType().getSimpleName() + ")");
                    }
                }
            }
        }
        assertTrue("the scan found the plugin's components", constructed.size() > 30);
        assertTrue("product types injected without @ComponentImport: " + missing, missing.isEmpty());
    }

    @Test
    public void theRuleSeesAProductTypeWithoutItsImport() {
        assertTrue(isProductType(com.atlassian.sal.api.user.UserManager.class));
        assertTrue(!isProductType(org.samraad.platform.CurrentUser.class));
    }

    private static boolean isProductType(Class<?> type) {
        return type.getName().startsWith("com.atlassian.");
    }

    /** Scanned components, REST resources, macros, job runners and context providers: Confluence builds them all. */
    private static List<Class<?>> constructedClasses() throws ClassNotFoundException {
        java.nio.file.Path root = Paths.get("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/samraad"))) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                String relative = root.relativize(file).toString();
                if (!relative.endsWith(".class") || relative.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(relative.replace('/', '.').replace(".class", ""), false,
                        ComponentImportTest.class.getClassLoader());
                if (type.isAnnotationPresent(Component.class) || type.isAnnotationPresent(Path.class)
                        || Macro.class.isAssignableFrom(type) || JobRunner.class.isAssignableFrom(type)
                        || ContextProvider.class.isAssignableFrom(type)) {
                    found.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
