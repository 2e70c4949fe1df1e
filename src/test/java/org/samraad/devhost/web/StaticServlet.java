package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** {@code /devhost/static/…}: the host's own stylesheet and script, from src/test/resources/devhost/static. */
final class StaticServlet extends HttpServlet {
    private static final Set<String> FILES = Set.of("host.css", "host.js");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!FILES.contains(name)) {
            response.sendError(404);
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("devhost/static/" + name)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(DownloadServlet.contentType(name));
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }
}
