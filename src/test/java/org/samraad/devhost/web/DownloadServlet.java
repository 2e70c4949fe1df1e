package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.samraad.devhost.descriptor.PluginDescriptor;
import org.samraad.devhost.descriptor.PluginDescriptor.DownloadResource;
import org.samraad.devhost.services.HostI18nResolver;

/**
 * {@code /download/resources/<pluginKey>:<module>/<name>} and {@code /download/resources/<pluginKey>/<name>}:
 * only resources the descriptor declares, never arbitrary classpath files, and AUI's {@code ajs} (the real AUI with
 * its jQuery, fonts and images: {@link AuiResources}), which holds no plugin texts: a script of a web resource
 * with the {@code jsI18n} transformer gets its literal texts inlined in the {@code locale} of its URL, as in
 * Confluence, and nothing else.
 */
final class DownloadServlet extends HttpServlet {
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
            ajs(response, name);
            return;
        }
        Optional<String> location = locate(owner, name);
        if (location.isEmpty()) {
            response.sendError(404);
            return;
        }
        if (name.endsWith(".js") && translatesScripts(owner)) {
            Locale locale = HostI18nResolver.supported(request.getParameter("locale"));
            serve(response, location.get(), name,
                    script -> JsI18nTransformer.transform(script, key -> i18n.getRawText(locale, key)));
            return;
        }
        serve(response, location.get(), name);
    }

    private boolean translatesScripts(String owner) {
        String prefix = descriptor.key() + ":";
        return owner.startsWith(prefix) && descriptor.webResource(owner.substring(prefix.length()))
                .map(module -> module.jsTransformers().contains("jsI18n"))
                .orElse(false);
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

    private static void ajs(HttpServletResponse response, String name) throws IOException {
        Optional<String> location = AuiResources.location(name);
        if (location.isPresent()) {
            serve(response, location.get(), name);
        } else {
            response.sendError(404);
        }
    }

    private static void serve(HttpServletResponse response, String location, String name) throws IOException {
        serve(response, location, name, null);
    }

    /** @param transformText applied to the resource read as UTF-8 text; null serves the bytes as they are */
    private static void serve(HttpServletResponse response, String location, String name,
            UnaryOperator<String> transformText) throws IOException {
        String path = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(contentType(name));
            if (transformText == null) {
                in.transferTo(response.getOutputStream());
            } else {
                response.getWriter().write(transformText.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
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
        if (name.endsWith(".woff") || name.endsWith(".ttf")) {
            return "font/" + name.substring(name.lastIndexOf('.') + 1);
        }
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed == null ? "application/octet-stream" : guessed;
    }
}
