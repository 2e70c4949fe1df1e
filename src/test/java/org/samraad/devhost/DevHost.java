package org.samraad.devhost;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.plugins.index.api.Extractor2;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;
import org.samraad.devhost.blueprint.BlueprintCatalog;
import org.samraad.devhost.blueprint.ContentTemplateRenderer;
import org.samraad.devhost.descriptor.PluginDescriptor;
import org.samraad.devhost.descriptor.PluginDescriptor.RestModule;
import org.samraad.devhost.descriptor.PluginDescriptorParser;
import org.samraad.devhost.persistence.ClusteredJobs;
import org.samraad.devhost.persistence.HostDatabase;
import org.samraad.devhost.persistence.HostDatabaseSettings;
import org.samraad.devhost.persistence.HostStore;
import org.samraad.devhost.persistence.HostTransactionalExecutorFactory;
import org.samraad.devhost.persistence.LocalHome;
import org.samraad.devhost.render.MacroRegistry;
import org.samraad.devhost.render.StorageFormatRenderer;
import org.samraad.devhost.rest.RestApplication;
import org.samraad.devhost.search.HostSearchIndex;
import org.samraad.devhost.services.HostAccessModeService;
import org.samraad.devhost.services.HostApplicationProperties;
import org.samraad.devhost.services.HostEventPublisher;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.devhost.services.HostJobs;
import org.samraad.devhost.services.HostLocaleManager;
import org.samraad.devhost.services.HostMailQueue;
import org.samraad.devhost.services.HostPluginSettingsFactory;
import org.samraad.devhost.services.HostPageBuilderService;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostPageManager;
import org.samraad.devhost.services.HostPermissionManager;
import org.samraad.devhost.services.HostScheduler;
import org.samraad.devhost.services.HostSpaceManager;
import org.samraad.devhost.services.HostUserAccessor;
import org.samraad.devhost.services.HostUserManager;
import org.samraad.devhost.services.RequestContext;
import org.samraad.devhost.velocity.HostTemplateRenderer;
import org.samraad.devhost.velocity.MethodAllowlist;
import org.samraad.devhost.web.HostWeb;
import org.samraad.devhost.web.HostWebServer;
import org.samraad.testing.EntityManagerActiveObjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small Confluence-shaped host that runs the plugin as Confluence would: it reads atlassian-plugin.xml, gives
 * the plugin the product services it imports, wires its components, macros, REST resources, web resources and
 * blueprints from the descriptor, and serves pages and the REST API over HTTP.
 *
 * <p>{@code mvn -Pdevhost} runs {@link #main}; tests call {@link #start(int, Path)} and {@link #close()}.
 */
public final class DevHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DevHost.class);
    /** Jersey warns about every resource registered as an instance (ours come from Spring): noise. Held so it stays set. */
    private static final java.util.logging.Logger JERSEY_PROVIDERS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private final HostDatabase database;
    private final ActiveObjects activeObjects;
    private final HostStore store;
    private final PluginContainer plugin;
    private final HostWebServer server;
    private final LocalHome home;
    private final HostJobs jobs;
    private final HostAccessModeService accessMode;
    private final HostWeb web;
    private HostScheduler scheduler;
    private boolean closed;

    private DevHost(HostDatabase database, ActiveObjects activeObjects, HostStore store, PluginContainer plugin, HostJobs jobs,
            HostAccessModeService accessMode, HostWebServer server, LocalHome home, HostWeb web) {
        this.accessMode = accessMode;
        this.web = web;
        this.database = database;
        this.activeObjects = activeObjects;
        this.store = store;
        this.plugin = plugin;
        this.server = server;
        this.home = home;
        this.jobs = jobs;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(setting("devhost.port", "8090"));
        Path home = Path.of(setting("devhost.home", "target/devhost-home"));
        HostDatabaseSettings database = HostDatabaseSettings.fromSystemProperties(home);
        DevHost host = start(DevHostOptions.of(port, home).withDatabase(database).withNode(setting("devhost.node", null)));
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "devhost-shutdown"));
        if ("cron".equals(setting("devhost.schedule", "manual"))) {
            host.scheduleByCron();
        }
        // stdout as well: under `mvn -q` Maven's own logger swallows the plugin's slf4j output
        System.out.println("Samråd dev host ready at " + host.baseUrl()
                + "  (users admin, secretary, member, reader; password = user name; data in " + database.describe()
                + "; node " + host.node() + ")");
        Thread.currentThread().join();
    }

    /** The real plugin on {@code port} (0 = a free port) with its data under {@code home}. */
    public static DevHost start(int port, Path home) {
        return start(DevHostOptions.of(port, home));
    }

    public static DevHost start(DevHostOptions options) {
        long started = System.nanoTime();
        JERSEY_PROVIDERS.setLevel(java.util.logging.Level.SEVERE);
        PluginDescriptor descriptor = PluginDescriptorParser.fromClasspath(options.descriptor());
        LocalHome home = null;
        HostDatabase database = null;
        PluginContainer plugin = null;
        try {
            home = LocalHome.open(options.home(), options.node());
            database = HostDatabase.open(options.database(), descriptor.ao().namespace());
            database.migrate(entities(descriptor));
            ActiveObjects ao = new EntityManagerActiveObjects(database.entityManager());
            HostStore store = new HostStore(database);
            store.createTables();

            HostSpaceManager spaces = new HostSpaceManager(store);
            HostPermissionManager permissions = new HostPermissionManager(store);
            HostI18nResolver i18n = new HostI18nResolver(descriptor.i18nLocations());
            MethodAllowlist allowlist = new MethodAllowlist("org.samraad.", descriptor.velocityAllowlist(),
                    Boolean.getBoolean("atlassian.velocity.method.allowlist.debug"));
            Map<String, Object> services = new LinkedHashMap<>();
            services.put("activeObjects", ao);
            services.put("salUserManager", new HostUserManager());
            services.put("userAccessor", new HostUserAccessor());
            services.put("spaceManager", spaces);
            HostPageManager pageManager = new HostPageManager(store, spaces);
            services.put("pageManager", pageManager);
            services.put("permissionManager", permissions);
            HostSearchIndex search = new HostSearchIndex(store, pageManager);
            services.put("confluenceIndexer", search);
            services.put("i18nResolver", i18n);
            services.put("templateRenderer", new HostTemplateRenderer(allowlist));
            services.put("pageBuilderService", new HostPageBuilderService());
            services.put("transactionalExecutorFactory", new HostTransactionalExecutorFactory(database));
            services.put("pluginSettingsFactory", new HostPluginSettingsFactory(store));
            HostApplicationProperties applicationProperties = new HostApplicationProperties();
            services.put("applicationProperties", applicationProperties);
            HostEventPublisher events = new HostEventPublisher();
            services.put("eventPublisher", events);
            services.put("multiQueueTaskManager", new HostMailQueue(store));
            services.put("localeManager", new HostLocaleManager(RequestContext.DEFAULT_LOCALE));
            HostAccessModeService accessMode = new HostAccessModeService(database);
            accessMode.createTable();
            services.put("accessModeService", accessMode);

            RestModule rest = descriptor.rest().isEmpty() ? null : descriptor.rest().get(0);
            plugin = PluginContainer.start(services, options.scope(), rest == null ? List.of() : rest.packages());
            PluginContainer container = plugin;
            MacroRegistry macros = new MacroRegistry(descriptor.macros(), container::autowire);
            ClusteredJobs clusteredJobs = new ClusteredJobs(database);
            clusteredJobs.createTable();
            search.useExtractors(descriptor.extractors().stream()
                    .sorted(java.util.Comparator.comparingInt(PluginDescriptor.Extractor2Module::priority))
                    .map(module -> (Extractor2) container.autowire(loadClass(module.className()))).toList());
            HostJobs jobs = new HostJobs(descriptor.jobs(), container::bean, clusteredJobs, home.node());
            HostWeb web = new HostWeb(descriptor, store, spaces, permissions, i18n, macros,
                    new StorageFormatRenderer(macros), new BlueprintCatalog(descriptor, container::autowire),
                    new ContentTemplateRenderer(i18n), jobs, events, accessMode, search);
            HostWebServer server = HostWebServer.start(options.port(), web, rest,
                    rest == null ? null : RestApplication.create(plugin.restComponents()), container::autowire);
            DevHost host = new DevHost(database, ao, store, plugin, jobs, accessMode, server, home, web);
            applicationProperties.absoluteBaseUrl(host.baseUrl());
            LOG.info("Dev host for {} started in {} ms at {} (node {})", descriptor.key(),
                    (System.nanoTime() - started) / 1_000_000, host.baseUrl(), home.node());
            if (options.seedDemo()) {
                new DemoSeed(host).run();
            }
            return host;
        } catch (Exception e) {
            if (plugin != null) {
                plugin.close();
            }
            if (database != null) {
                database.close();
            }
            if (home != null) {
                home.close();
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException("The dev host did not start", e);
        }
    }

    /** A page in a space, made directly (for tests that need a page to hang data on or to restrict); its id. */
    public long createPage(String spaceKey, String title, String body) {
        return store.createPage(spaceKey, title, body, null).id();
    }

    /** Lets a demo user (by username) view a space, as a space administrator's permission screen does. */
    public void grantView(String spaceKey, String username) {
        store.grant(spaceKey, DemoUsers.byUsername(username).orElseThrow().getKey().getStringValue(), "VIEW");
    }

    /**
     * Restricts viewing a page to these demo users (by username), as "only specific people can view" does in
     * Confluence; none lifts the restriction.
     */
    public void restrictPage(long pageId, String... usernames) {
        store.restrictPage(pageId, java.util.Arrays.stream(usernames)
                .map(name -> DemoUsers.byUsername(name).orElseThrow().getKey().getStringValue()).toList());
    }

    /** The space's home page, as {@code /display/KEY} shows it. */
    public long homePageId(String spaceKey) {
        return java.util.Objects.requireNonNull(web.spaces().space(spaceKey).homePageId(), spaceKey + " has no home page");
    }

    /**
     * A page's body as {@code /pages/viewpage.action} renders it (storage format with its macros, in the caller's
     * {@link RequestContext}), without the layout around it: for benchmarks of the server side of a page.
     */
    public String renderPage(long pageId, String outputType) {
        return web.renderPage(store.page(pageId).orElseThrow(), outputType);
    }

    public String baseUrl() {
        return "http://localhost:" + server.port();
    }

    public int port() {
        return server.port();
    }

    public Path home() {
        return home.directory();
    }

    /** This node's id in a cluster of dev hosts on one PostgreSQL database. */
    public String node() {
        return home.node();
    }

    /** Confluence Data Center's read-only mode, as an administrator switches it at {@code /devhost/access-mode}. */
    public void readOnly(boolean readOnly) {
        accessMode.readOnly(readOnly);
    }

    /** The plugin's Active Objects, for tests that arrange or inspect data directly. */
    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    /** Publishes a product event to the plugin's listeners, e.g. a UserRemoveEvent, as Confluence would. */
    public void publish(Object event) {
        plugin.bean(com.atlassian.event.api.EventPublisher.class).publish(event);
    }

    /** Runs a {@code <job-config>} job now (the host has no scheduler); empty if there is no such job. */
    public java.util.Optional<com.atlassian.scheduler.JobRunnerResponse> runJob(String jobConfigKey) {
        return jobs.run(jobConfigKey);
    }

    /**
     * Fires the jobs on their cron schedules from now on ({@code -Ddevhost.schedule=cron}); a per-cluster job's run
     * then runs on the one node of the cluster that claims it.
     */
    public synchronized void scheduleByCron() {
        if (scheduler == null && !closed) {
            scheduler = HostScheduler.start(jobs, java.time.ZoneId.systemDefault(), firing -> { });
            LOG.info("Node {} fires the jobs on their cron schedules", node());
        }
    }

    /** A bean of the plugin's Spring context (its services, or the host services it imports). */
    public <T> T pluginBean(Class<T> type) {
        return plugin.bean(type);
    }

    /**
     * A module class of the descriptor (a macro) built as the host builds it for a page, with the plugin's beans:
     * modules are not beans themselves, as in Confluence.
     */
    public <T> T pluginModule(Class<T> type) {
        return plugin.beanOrModule(type);
    }

    HostStore store() {
        return store;
    }

    /** The mail the plugin queued, newest first (the host records mail instead of sending it). */
    public List<HostStore.OutboxMail> outbox() {
        return store.outbox();
    }

    /** Stops serving, closes the plugin's context and checkpoints the database; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (scheduler != null) {
            scheduler.close();
        }
        try {
            server.close();
        } catch (Exception e) {
            LOG.warn("Stopping Jetty failed", e);
        }
        plugin.close();
        database.close();
        home.close();
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No class " + name + " for an <extractor2> module", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor) throws ClassNotFoundException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?>[] entities = new Class<?>[descriptor.ao().entityClasses().size()];
        for (int i = 0; i < entities.length; i++) {
            entities[i] = Class.forName(descriptor.ao().entityClasses().get(i), true, loader);
        }
        return (Class<? extends RawEntity<?>>[]) entities;
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
