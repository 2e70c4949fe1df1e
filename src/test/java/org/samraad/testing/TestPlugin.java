package org.samraad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.search.ConfluenceIndexer;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import org.aopalliance.intercept.MethodInterceptor;
import org.samraad.devhost.PluginContainer;
import org.samraad.devhost.descriptor.PluginDescriptor;
import org.samraad.devhost.descriptor.PluginDescriptorParser;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.devhost.services.HostPageBuilderService;
import org.samraad.devhost.velocity.HostTemplateRenderer;
import org.samraad.devhost.velocity.MethodAllowlist;
import org.samraad.platform.I18n;
import org.samraad.platform.RegisteredEventListener;
import org.samraad.platform.TimeSource;
import org.springframework.aop.framework.ProxyFactory;

/**
 * The plugin as Confluence assembles it, for service and macro tests: the dev host's {@link PluginContainer} (the
 * plugin's {@code @Component}s, constructor injection) over the test database and stand-ins for the product
 * services it imports — {@link FakeConfluence} (spaces, pages, permissions, current user, settings, locale, access
 * mode), a {@link FakeUserDirectory}, a synchronous {@link RecordingEventPublisher}, an indexer that records the
 * pages it is asked to re-index, the host's Velocity with the descriptor's allowlist, and a mail queue that sends
 * nothing. Its clock is the test's {@link TimeSource};
 * every statement, through AO or raw SQL, is counted by the test's {@link SqlStatementCounter}.
 *
 * <p>A test starts one with {@link AoTestSupport#plugin()} and gets beans by type:
 * {@code plugin.get(ActionReads.class)}. The container is built once per JVM (the plugin's components hold no
 * state); each product service it imports is, as in Confluence, a service proxy, here bound to the test that
 * started last, so each test has its own database transaction, Confluence, users, clock and events.
 */
public final class TestPlugin {
    /** The descriptor, the i18n bundles and the Velocity engine are the host's, once per JVM as in Confluence. */
    private static final PluginDescriptor DESCRIPTOR = PluginDescriptorParser.fromClasspath("atlassian-plugin.xml");
    private static final HostI18nResolver TEXTS = new HostI18nResolver(DESCRIPTOR.i18nLocations());
    private static final HostTemplateRenderer VELOCITY = new HostTemplateRenderer(
            new MethodAllowlist("org.samraad.", DESCRIPTOR.velocityAllowlist(), false));
    private static final PageBuilderService PAGE_BUILDER = new HostPageBuilderService();
    /** Mail is the reminder tests' business: they wire a queue of their own that they can read. */
    private static final MultiQueueTaskManager NO_MAIL = new MultiQueueTaskManager() {
        @Override
        public void addTask(String queueName, Task task) {}

        @Override
        public void flush(String queueName) {}
    };

    private static PluginContainer container;
    /** The test whose services the container's imports reach. */
    private static volatile TestPlugin current;

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory executors;
    private final FakeConfluence confluence;
    private final UserAccessor users;
    private final TimeSource time;
    private final ApplicationProperties application;
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    /** The pages the plugin asked Confluence to re-index, by id; Confluence itself would queue them. */
    private final List<Long> reindexed = new ArrayList<>();
    private final ConfluenceIndexer indexer = page -> reindexed.add(page.getId());

    /**
     * The directory the plugin sees: the test's users by name, and whoever is logged in (Confluence knows its
     * current user even when a test gives its directory no names).
     */
    private final UserAccessor directory = new UserAccessor() {
        @Override
        public ConfluenceUser getUserByKey(UserKey key) {
            ConfluenceUser known = users.getUserByKey(key);
            return known == null && key != null && key.equals(confluence.getRemoteUserKey())
                    ? confluence.getUserByKey(key) : known;
        }

        @Override
        public ConfluenceUser getExistingUserByKey(UserKey key) {
            return getUserByKey(key);
        }

        @Override
        public ConfluenceUser getUserByName(String name) {
            return users.getUserByName(name);
        }
    };

    private TestPlugin(Builder builder) {
        ao = builder.ao;
        executors = new AoTransactionalExecutors(builder.entityManager, builder.sql::record);
        confluence = builder.confluence;
        users = builder.users;
        time = builder.time;
        application = builder.application;
    }

    /** The plugin's bean of that type, or a module class (e.g. a context provider) built with its beans. */
    public <T> T get(Class<T> type) {
        return container.beanOrModule(type);
    }

    /**
     * The plugin's {@code type} built afresh, with {@code replacement} where it would get the plugin's {@code
     * replaced} (e.g. a service that fails on purpose): constructors stay Spring's business.
     */
    public <T, R> T getReplacing(Class<T> type, Class<R> replaced, R replacement) {
        return container.autowireReplacing(type, replaced, replacement);
    }

    /**
     * The plugin's bean of a (non-final) class, with {@code method} answered by {@code answer} instead (it may call
     * {@code invocation.proceed()}), as a subclass made without calling a constructor.
     */
    public <T> T intercepting(Class<T> type, String method, MethodInterceptor answer) {
        ProxyFactory proxy = new ProxyFactory(get(type));
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation ->
                invocation.getMethod().getName().equals(method) ? answer.invoke(invocation) : invocation.proceed());
        return type.cast(proxy.getProxy(type.getClassLoader()));
    }

    /** The plugin's texts, in the language of {@code RequestContext}. */
    public I18n i18n() {
        return get(I18n.class);
    }

    public FakeConfluence confluence() {
        return confluence;
    }

    /** Acts as {@code userKey} (null: anonymous) from now on. */
    public TestPlugin actAs(String userKey) {
        confluence.actAs(userKey);
        return this;
    }

    /** Runs {@code call} as {@code userKey}, then acts as before. */
    public <T> T as(String userKey, Supplier<T> call) {
        String previous = confluence.getRemoteUserKey() == null ? null : confluence.getRemoteUserKey().getStringValue();
        confluence.actAs(userKey);
        try {
            return call.get();
        } finally {
            confluence.actAs(previous);
        }
    }

    /** This test's event publisher: it delivers synchronously, as Confluence does, and knows who listens. */
    public RecordingEventPublisher events() {
        return events;
    }

    /** The ids of the pages the plugin asked Confluence to re-index, in order (a live list). */
    public List<Long> reindexed() {
        return reindexed;
    }

    void close() {
        if (current == this) {
            current = null;
        }
    }

    private static synchronized void bind(TestPlugin plugin) {
        current = plugin;
        if (container == null) {
            container = PluginContainer.startPlugin(productServices(), Map.of(TimeSource.class,
                    (TimeSource) () -> bound().time.now()));
        }
        // The plugin's listeners register when Spring builds them; this test's publisher hears them too.
        container.beans(RegisteredEventListener.class).forEach(RegisteredEventListener::register);
    }

    private static TestPlugin bound() {
        TestPlugin plugin = current;
        if (plugin == null) {
            throw new IllegalStateException("The plugin was called outside a test that started it");
        }
        return plugin;
    }

    private static Map<String, Object> productServices() {
        Map<String, Object> services = new LinkedHashMap<>();
        imported(services, "activeObjects", ActiveObjects.class, p -> p.ao);
        imported(services, "salUserManager", UserManager.class, p -> p.confluence);
        imported(services, "userAccessor", UserAccessor.class, p -> p.directory);
        imported(services, "spaceManager", SpaceManager.class, p -> p.confluence);
        imported(services, "pageManager", PageManager.class, p -> p.confluence);
        imported(services, "permissionManager", PermissionManager.class, p -> p.confluence);
        imported(services, "i18nResolver", I18nResolver.class, p -> TEXTS);
        imported(services, "templateRenderer", TemplateRenderer.class, p -> VELOCITY);
        imported(services, "pageBuilderService", PageBuilderService.class, p -> PAGE_BUILDER);
        imported(services, "transactionalExecutorFactory", TransactionalExecutorFactory.class, p -> p.executors);
        imported(services, "pluginSettingsFactory", PluginSettingsFactory.class, p -> p.confluence);
        imported(services, "applicationProperties", ApplicationProperties.class, p -> p.application);
        imported(services, "eventPublisher", EventPublisher.class, p -> p.events);
        imported(services, "multiQueueTaskManager", MultiQueueTaskManager.class, p -> NO_MAIL);
        imported(services, "localeManager", LocaleManager.class, p -> p.confluence);
        imported(services, "accessModeService", AccessModeService.class, p -> p.confluence);
        imported(services, "confluenceIndexer", ConfluenceIndexer.class, p -> p.indexer);
        return services;
    }

    /**
     * A product service as {@code @ComponentImport} gets it in Confluence: a service proxy of that one interface
     * (unwrapped, the fake Confluence would match every interface it implements), reaching the current test's.
     */
    private static <T> void imported(Map<String, Object> services, String name, Class<T> type,
            Function<TestPlugin, ? extends T> service) {
        Class<?>[] interfaces = {type};
        services.put(name, Proxy.newProxyInstance(type.getClassLoader(), interfaces, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "the test's " + type.getSimpleName();
                };
            }
            try {
                return method.invoke(service.apply(bound()), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    /** What a test chooses; whatever it leaves out is an empty Confluence, no known users and a fixed clock. */
    public static final class Builder {
        private final EntityManager entityManager;
        private final ActiveObjects ao;
        private final SqlStatementCounter sql;
        private final List<TestPlugin> started;
        private FakeConfluence confluence = new FakeConfluence();
        private UserAccessor users = new FakeUserDirectory(Map.of());
        private TimeSource time = () -> Instant.parse("2026-11-22T10:15:00Z");
        private ApplicationProperties application = ContextPathLinks.applicationProperties();

        Builder(EntityManager entityManager, ActiveObjects ao, SqlStatementCounter sql, List<TestPlugin> started) {
            this.entityManager = entityManager;
            this.ao = ao;
            this.sql = sql;
            this.started = started;
        }

        public Builder confluence(FakeConfluence value) {
            confluence = value;
            return this;
        }

        /** Users the directory knows: key → full name. */
        public Builder users(Map<String, String> fullNames) {
            return users(new FakeUserDirectory(fullNames));
        }

        public Builder users(UserAccessor directory) {
            users = directory;
            return this;
        }

        public Builder clock(TimeSource value) {
            time = value;
            return this;
        }

        /** Where Confluence is; by default {@code https://wiki.example.org/wiki} (see {@link ContextPathLinks}). */
        public Builder application(ApplicationProperties value) {
            application = value;
            return this;
        }

        /** Binds the plugin to this test (one plugin per test: the last started is the one the container reaches). */
        public TestPlugin start() {
            TestPlugin plugin = new TestPlugin(this);
            bind(plugin);
            started.add(plugin);
            return plugin;
        }
    }
}
