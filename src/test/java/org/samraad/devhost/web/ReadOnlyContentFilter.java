package org.samraad.devhost.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * In read-only mode, pages and spaces can be viewed but not created or edited, as in Confluence Data Center
 * ("users will be able to view pages and their history, but not create, edit, comment, copy or move content":
 * developer.atlassian.com/server/confluence/how-to-make-your-add-on-compatible-with-read-only-mode). The host's
 * editor, create-from-blueprint and create-space forms refuse their posts; so no blueprint events are published.
 */
final class ReadOnlyContentFilter implements Filter {
    private final HostWeb web;

    ReadOnlyContentFilter(HostWeb web) {
        this.web = web;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"POST".equals(request.getMethod()) || !web.accessMode().isReadOnlyAccessModeEnabled()) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(403);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(web.layout().page(request, "Read-only mode", List.of(),
                "<h1>Read-only mode</h1><p>This site is read-only for maintenance: pages can be viewed but not created or edited.</p>",
                null, List.of()));
    }
}
