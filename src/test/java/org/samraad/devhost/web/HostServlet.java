package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.samraad.devhost.services.HostUser;
import org.samraad.devhost.services.RequestContext;

/** Shared answers of the host's page servlets: HTML out, 404 that never tells "restricted" from "absent". */
abstract class HostServlet extends HttpServlet {
    protected final HostWeb web;

    HostServlet(HostWeb web) {
        this.web = web;
    }

    static void html(HttpServletResponse response, int status, String document) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // encoded in one go: Jetty's writer encodes a large page character by character
        byte[] bytes = document.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Anonymous callers are told they may need to log in (pick a user): Confluence's login prompt. */
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String main = "<h1>Page not found</h1><p>The page does not exist, or you do not have permission to view it.</p>"
                + (RequestContext.current().isAnonymous()
                        ? "<p class=\"login-prompt\">You are not logged in. Choose a user in the header to log in.</p>"
                        : "");
        html(response, 404, web.layout().page(request, "Page not found", List.of(), main, null, List.of()));
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        html(response, 403, web.layout().page(request, "Not permitted", List.of(),
                "<h1>Not permitted</h1><p>" + Html.text(message) + "</p>", null, List.of()));
    }

    /** Confluence administrators only: the host's own admin pages (jobs, outbox, access mode). */
    static boolean isSiteAdmin() {
        return RequestContext.current().user().map(HostUser::isSiteAdmin).orElse(false);
    }

    /** Host forms carry the session's form token; a post without it is refused like Confluence's XSRF check. */
    boolean tokenRejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (HostSession.hasValidToken(request)) {
            return false;
        }
        forbidden(request, response, "XSRF check failed: the form token is missing or has expired. Reload the page and try again.");
        return true;
    }

    static long longParameter(HttpServletRequest request, String name) {
        try {
            return Long.parseLong(request.getParameter(name));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /** Only same-site paths, so the return parameter cannot send the browser elsewhere. */
    static String localPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
    }
}
