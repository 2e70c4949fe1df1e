package org.samraad.devhost.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.samraad.devhost.descriptor.PluginDescriptor.RestModule;
import org.samraad.devhost.persistence.HostStore;

/**
 * Embedded Jetty with Confluence's URL layout: pages, the plugin's REST API at {@code /rest/<path>/<version>}
 * and {@code /rest/<path>/latest}, download resources, and the host's session switchers. Every request passes
 * the authentication filter first.
 */
public final class HostWebServer implements AutoCloseable {
    private final Server server;

    private HostWebServer(Server server) {
        this.server = server;
    }

    public static HostWebServer start(int port, HostWeb web, RestModule rest, ResourceConfig restApplication,
            Function<Class<?>, Object> autowire) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("localhost");
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.getSessionHandler().getSessionCookieConfig().setHttpOnly(true);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        context.addFilter(new FilterHolder(new AuthenticationFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));

        context.addServlet(new ServletHolder("dashboard", new DashboardServlet(web)), "/");
        context.addServlet(new ServletHolder("display", new DisplayServlet(web)), "/display/*");
        context.addServlet(new ServletHolder("pages", new PagesServlet(web)), "/pages/*");
        context.addServlet(new ServletHolder("createcontent", new CreateContentServlet(web)), "/plugins/createcontent/*");
        context.addServlet(new ServletHolder("createspace", new CreateSpaceServlet(web)), "/spaces/*");
        context.addServlet(new ServletHolder("session", new SessionServlet(web)), "/devhost/session/*");
        context.addServlet(new ServletHolder("static", new StaticServlet()), "/devhost/static/*");
        context.addServlet(new ServletHolder("jobs", new JobsServlet(web)), "/devhost/jobs");
        context.addServlet(new ServletHolder("job-firing", new JobFiringServlet(web)), "/devhost/jobs/fire");
        context.addServlet(new ServletHolder("access-mode", new AccessModeServlet(web)), "/devhost/access-mode");
        context.addServlet(new ServletHolder("admin-console", new AdminConsoleServlet(web)), AdminConsoleServlet.PATH);
        context.addServlet(new ServletHolder("plugin-servlets", new PluginServlets(web, autowire)),
                PluginServlets.PREFIX + "/*");
        for (String contentPath : List.of("/pages/*", "/plugins/createcontent/*", "/spaces/*")) {
            context.addFilter(new FilterHolder(new ReadOnlyContentFilter(web)), contentPath, EnumSet.of(DispatcherType.REQUEST));
        }
        ServletHolder outbox = new ServletHolder("outbox", new OutboxServlet(web));
        context.addServlet(outbox, "/devhost/outbox");
        context.addServlet(outbox, "/devhost/outbox.json");
        context.addServlet(new ServletHolder("confluence-user-api", new ConfluenceUserApiServlet(web)), "/rest/api/user");
        context.addServlet(new ServletHolder("confluence-user-search", new UserSearchServlet(web)),
                "/rest/prototype/1/search/user.json");
        ServletHolder contentApi = new ServletHolder("confluence-content-api", new ContentApiServlet(web));
        // attachment uploads arrive as multipart/form-data, as Confluence takes them
        contentApi.getRegistration().setMultipartConfig(new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), HostStore.MAX_ATTACHMENT_BYTES, HostStore.MAX_ATTACHMENT_BYTES + 65536L,
                1024 * 1024));
        context.addServlet(contentApi, "/rest/api/content/*");
        context.addServlet(new ServletHolder("attachment-download", new AttachmentApiServlet.Download(web)),
                "/download/attachments/*");
        context.addServlet(new ServletHolder("confluence-search-api", new SearchApiServlet(web)), "/rest/api/search");
        context.addServlet(new ServletHolder("search", new SearchServlet(web)), "/dosearchsite.action");
        AuiResources.requirePresent();
        context.addServlet(new ServletHolder("download", new DownloadServlet(web.descriptor(), web.i18n())), "/download/resources/*");
        if (rest != null) {
            // one Jersey application under both the version and "latest", as Confluence mounts it
            ServletHolder jersey = new ServletHolder("rest-" + rest.key(), new ServletContainer(restApplication));
            jersey.setInitOrder(0);
            context.addServlet(jersey, "/rest" + rest.path() + "/" + rest.version() + "/*");
            context.addServlet(jersey, "/rest" + rest.path() + "/latest/*");
        }
        server.setHandler(context);
        server.start();
        return new HostWebServer(server);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
