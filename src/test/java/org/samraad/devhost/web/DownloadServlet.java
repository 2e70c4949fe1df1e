package org.samraad.devhost.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.Optional;
import org.samraad.devhost.descriptor.PluginDescriptor;
import org.samraad.devhost.descriptor.PluginDescriptor.DownloadResource;
import org.samraad.devhost.services.HostI18nResolver;

/**
 * {@code /download/resources/<pluginKey>:<module>/<name>} and {@code /download/resources/<pluginKey>/<name>}:
 * only resources the descriptor declares, never arbitrary classpath files. AUI's {@code ajs} is served by the
 * host's documented shim ({@code devhost/ajs-shim.js}) and the user's {@code samraad.*} texts.
 */
final class DownloadServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PluginDescriptor descriptor;
    private final HostI18nResolver i18n;

    DownloadServlet(PluginDescriptor descriptor, HostI18nResolver i18n) {
        this.descriptor = descriptor;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        if (slash < 0) {
            response.sendError(404);
            return;
        }
        String owner = path.substring(0, slash);
        String name = path.substring(slash + 1);
        response.setHeader("Cache-Control", "no-cache");
        if (owner.equals(WebResourceTags.AJS)) {
            ajs(request, response, name);
            return;
        }
        Optional<String> location = locate(owner, name);
        if (location.isEmpty()) {
            response.sendError(404);
            return;
        }
        serve(response, location.get(), name);
    }

    private Optional<String> locate(String owner, String name) {
        if (owner.equals(descriptor.key())) {
            return descriptor.pluginResources().stream().flatMap(r -> r.locationFor(name).stream()).findFirst();
        }
        String prefix = descriptor.key() + ":";
        if (!owner.startsWith(prefix)) {
            return Optional.empty();
        }
        return descriptor.webResource(owner.substring(prefix.length())).stream()
                .flatMap(module -> module.resources().stream())
                .filter(resource -> resource.name().equals(name))
                .map(DownloadResource::location)
                .findFirst();
    }

    private void ajs(HttpServletRequest request, HttpServletResponse response, String name) throws IOException {
        switch (name) {
            case "ajs.js" -> serve(response, "devhost/ajs-shim.js", name);
            case "i18n.js" -> {
                var texts = i18n.getAllTranslationsForPrefix("samraad.", HostI18nResolver.supported(request.getParameter("locale")));
                response.setContentType("application/javascript;charset=UTF-8");
                response.getWriter().write("AJS.I18n.load(" + JSON.writeValueAsString(texts) + ");\n");
            }
            default -> response.sendError(404);
        }
    }

    private static void serve(HttpServletResponse response, String location, String name) throws IOException {
        String path = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(contentType(name));
            in.transferTo(response.getOutputStream());
        }
    }

    static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        if (name.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed == null ? "application/octet-stream" : guessed;
    }
}
