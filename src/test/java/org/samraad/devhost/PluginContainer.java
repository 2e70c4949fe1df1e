package org.samraad.devhost;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The plugin's Spring context, as Spring Scanner builds it in Confluence: the product services the plugin
 * imports ({@code @ComponentImport}) are beans here, the plugin's {@code @Component}s are found by scanning,
 * and REST resources/providers and macros get constructor injection from it.
 */
public final class PluginContainer implements AutoCloseable {
    private final AnnotationConfigApplicationContext context;
    private final List<Class<?>> restClasses;

    private PluginContainer(AnnotationConfigApplicationContext context, List<Class<?>> restClasses) {
        this.context = context;
        this.restClasses = restClasses;
    }

    /**
     * @param productServices bean name → host implementation of a stand-in interface
     * @param restPackages the {@code <package>}s of the descriptor's {@code <rest>} modules
     */
    static PluginContainer start(Map<String, Object> productServices, PackageScope scope, List<String> restPackages) {
        return start(productServices, Map.of(), scope, restPackages);
    }

    /**
     * The Samråd plugin's container without REST modules, for service tests: its components over the given product
     * services, with {@code replacements} (type → instance) preferred over the plugin's own component of that type,
     * as a controllable clock over {@code SystemTimeSource}.
     */
    public static PluginContainer startPlugin(Map<String, Object> productServices, Map<Class<?>, Object> replacements) {
        return start(productServices, replacements,
                new PackageScope(List.of("org.samraad"), DevHostOptions.HOST_PACKAGES), List.of());
    }

    private static PluginContainer start(Map<String, Object> productServices, Map<Class<?>, Object> replacements,
            PackageScope scope, List<String> restPackages) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.setClassLoader(Thread.currentThread().getContextClassLoader());
        productServices.forEach((name, service) -> context.getBeanFactory().registerSingleton(name, service));
        replacements.forEach((type, instance) -> register(context, type, instance));

        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, true);
        scanner.addExcludeFilter((reader, factory) -> !scope.includes(reader.getClassMetadata().getClassName()));
        scanner.scan(scope.bases().toArray(String[]::new));

        Set<String> alreadyBeans = new LinkedHashSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            alreadyBeans.add(context.getBeanDefinition(name).getBeanClassName());
        }
        List<Class<?>> restClasses = new ArrayList<>();
        PackageScope restScope = new PackageScope(restPackages, scope.excluded());
        for (String className : restCandidates(restPackages)) {
            if (!restScope.includes(className)) {
                continue;
            }
            Class<?> type = load(className);
            restClasses.add(type);
            if (!alreadyBeans.contains(className)) {
                context.registerBean(type);
            }
        }
        context.refresh();
        return new PluginContainer(context, List.copyOf(restClasses));
    }

    @SuppressWarnings("unchecked")
    private static <T> void register(AnnotationConfigApplicationContext context, Class<T> type, Object instance) {
        context.registerBean(type.getName() + "#replacement", type, () -> (T) instance, bean -> bean.setPrimary(true));
    }

    /** Instantiates a module class (macro, context provider) with constructor autowiring; not a bean itself. */
    public Object autowire(Class<?> type) {
        return context.getAutowireCapableBeanFactory().createBean(type);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The plugin's bean of that type, or else the module class instantiated with constructor autowiring. */
    public <T> T beanOrModule(Class<T> type) {
        return context.getBeanProvider(type).getIfAvailable(() -> type.cast(autowire(type)));
    }

    /**
     * A fresh instance of {@code type} built with the plugin's beans, except that {@code replacement} is injected
     * wherever the plugin's bean of {@code replaced} would be.
     */
    public <T, R> T autowireReplacing(Class<T> type, Class<R> replaced, R replacement) {
        DefaultListableBeanFactory scope = new DefaultListableBeanFactory(context.getBeanFactory());
        scope.registerBeanDefinition("replacement", BeanDefinitionBuilder
                .genericBeanDefinition(replaced, () -> replacement).setPrimary(true).getBeanDefinition());
        return scope.createBean(type);
    }

    /** Every bean of that type. */
    public <T> Collection<T> beans(Class<T> type) {
        return context.getBeansOfType(type).values();
    }

    public Object bean(String name) {
        return context.getBean(name);
    }

    /** The plugin's REST resources and providers, as Spring-built singletons. */
    public List<Object> restComponents() {
        return restClasses.stream().map(type -> (Object) context.getBean(type)).toList();
    }

    @Override
    public void close() {
        context.close();
    }

    private static Set<String> restCandidates(List<String> packages) {
        ClassPathScanningCandidateComponentProvider finder = new ClassPathScanningCandidateComponentProvider(false);
        finder.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        finder.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        Set<String> found = new LinkedHashSet<>();
        for (String pkg : packages) {
            for (BeanDefinition candidate : finder.findCandidateComponents(pkg)) {
                found.add(candidate.getBeanClassName());
            }
        }
        return found;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "PluginContainer" + Arrays.toString(context.getBeanDefinitionNames());
    }
}
