package org.samraad.devhost.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.samraad.devhost.descriptor.PluginDescriptor.ServletModule;

/**
 * {@code /plugins/servlet/*}: the plugin's {@code <servlet>} modules, each made once by the plugin container (so
 * with constructor injection, as Confluence's servlet module descriptor creates them), at {@code /plugins/servlet}
 * + its url-pattern. A page that asks for Confluence's admin decorator ({@code <meta name="decorator"
 * content="atl.admin">}) gets the host's page around its body, as SiteMesh decorates it in Confluence; any other
 * answer goes out as the servlet wrote it. The servlet makes its own permission checks, as in Confluence.
 */
final class PluginServlets extends HostServlet {
    static final String PREFIX = "/plugins/servlet";
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"atl\\.admin\"\\s*/?>");
    private static final Pattern TITLE = Pattern.compile("(?s)<title>(.*?)</title>");
    private static final Pattern BODY = Pattern.compile("(?s)<body[^>]*>(.*)</body>");

    private final List<ServletModule> modules;
    private final Function<Class<?>, Object> autowire;
    private final Map<String, HttpServlet> made = new ConcurrentHashMap<>();

    PluginServlets(HostWeb web, Function<Class<?>, Object> autowire) {
        super(web);
        this.modules = web.descriptor().servlets();
        this.autowire = autowire;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getRequestURI().substring(PREFIX.length());
        ServletModule module = modules.stream().filter(m -> m.urlPatterns().contains(path)).findFirst().orElse(null);
        if (module == null) {
            notFound(request, response);
            return;
        }
        HttpServlet servlet = made.computeIfAbsent(module.key(), key -> create(module));
        Captured captured = new Captured(response);
        servlet.service(request, captured);
        String out = captured.text();
        if (!DECORATOR.matcher(out).find()) {
            response.getWriter().write(out);
            return;
        }
        Matcher title = TITLE.matcher(out);
        Matcher body = BODY.matcher(out);
        html(response, captured.getStatus(), web.layout().page(request,
                title.find() ? unescape(title.group(1).strip()) : "Administration",
                List.of(new PageLayout.Crumb("Dashboard", "/"), new PageLayout.Crumb("Administration", AdminConsoleServlet.PATH)),
                body.find() ? body.group(1) : out, null, List.of()));
    }

    /** The title as text again: the template encoded it, and the host's page encodes it once more. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private HttpServlet create(ServletModule module) {
        try {
            HttpServlet servlet = (HttpServlet) autowire.apply(Class.forName(module.className()));
            servlet.init();
            return servlet;
        } catch (ClassNotFoundException | ServletException e) {
            throw new IllegalStateException("The servlet module " + module.key() + " could not be created", e);
        }
    }

    /** The servlet's text, kept back so the host can decorate it; status and headers go to the real response. */
    private static final class Captured extends HttpServletResponseWrapper {
        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
