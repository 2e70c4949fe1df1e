package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.samraad.devhost.persistence.HostStore.PageRow;
import org.samraad.devhost.persistence.HostStore.PageTitle;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.devhost.services.HostSpace;

/**
 * Shows one page: its storage format rendered with the plugin's macros, in the output type asked for
 * ({@code ?outputType=pdf|word|email|preview|html_export}, default display), with the space's pages beside it.
 */
final class PageView {
    private PageView() {}

    static void show(HostWeb web, HttpServletRequest request, HttpServletResponse response, PageRow page) throws IOException {
        show(web, request, response, page, null);
    }

    /** @param oldVersion null for the page as it is; else the note on an earlier version (HTML) */
    static void show(HostWeb web, HttpServletRequest request, HttpServletResponse response, PageRow page,
            String oldVersion) throws IOException {
        String outputType = request.getParameter("outputType") == null ? "display" : request.getParameter("outputType");
        if (!HostConversionContext.OUTPUT_TYPES.contains(outputType)) {
            response.sendError(400, "Unknown outputType");
            return;
        }
        String content = web.renderPage(page, outputType);
        HostSpace space = web.spaces().space(page.spaceKey());
        if (new HostConversionContext(page.spaceKey(), page.id(), outputType).isExport()) {
            HostServlet.html(response, 200, web.layout().export(page.title(), content));
            return;
        }
        StringBuilder main = new StringBuilder();
        main.append("<h1 id=\"title-text\">").append(Html.text(page.title())).append("</h1>\n");
        if (oldVersion != null) {
            main.append("<div class=\"page-version-notice\" role=\"note\">").append(oldVersion).append("</div>\n");
        }
        main.append("<div class=\"page-actions\">");
        if (web.canEdit(page.spaceKey()) && oldVersion == null) {
            main.append("<a href=\"/pages/editpage.action?pageId=").append(page.id()).append("\">Edit</a> ")
                    .append("<a href=\"/pages/createpage.action?spaceKey=").append(Html.url(page.spaceKey())).append("\">Create page</a> ")
                    .append("<a href=\"/plugins/createcontent/init.action?spaceKey=").append(Html.url(page.spaceKey()))
                    .append("\">Create from template</a> ");
        }
        main.append("<a href=\"/pages/viewpreviouspageversions.action?pageId=").append(page.id()).append("\">Page history</a> ");
        main.append("<span class=\"output-types\">View as:");
        for (String type : List.of("display", "preview", "pdf", "word", "email", "html_export")) {
            main.append(" <a href=\"").append(Html.viewPath(page.id())).append("&amp;outputType=").append(type).append("\"")
                    .append(type.equals(outputType) ? " aria-current=\"true\"" : "").append(">").append(type).append("</a>");
        }
        main.append("</span></div>\n");
        main.append("<div id=\"main-content\" class=\"wiki-content\">\n").append(content).append("\n</div>\n");
        main.append("<p class=\"page-metadata\">Version ").append(page.version()).append(", last changed ")
                .append(Html.text(page.modified().toString())).append("</p>");
        html(web, request, response, space, page.title(), main.toString(), page.id());
    }

    /** A space without a home page: its page list. */
    static void spaceOverview(HostWeb web, HttpServletRequest request, HttpServletResponse response, HostSpace space)
            throws IOException {
        String main = "<h1>" + Html.text(space.getName()) + "</h1><p>This space has no home page.</p>";
        html(web, request, response, space, space.getName(), main, null);
    }

    private static void html(HostWeb web, HttpServletRequest request, HttpServletResponse response, HostSpace space,
            String title, String main, Long currentPage) throws IOException {
        StringBuilder aside = new StringBuilder("<aside class=\"page-tree\" aria-labelledby=\"page-tree-heading\">"
                + "<h2 id=\"page-tree-heading\">Pages in " + Html.text(space.getName()) + "</h2><ul>");
        for (PageTitle other : web.store().pageTitles(space.getKey())) {
            aside.append("<li><a href=\"").append(Html.viewPath(other.id())).append("\"")
                    .append(currentPage != null && other.id() == currentPage ? " aria-current=\"page\"" : "")
                    .append(">").append(Html.text(other.title())).append("</a></li>");
        }
        aside.append("</ul></aside>");
        List<PageLayout.Crumb> crumbs = List.of(new PageLayout.Crumb("Dashboard", "/"),
                new PageLayout.Crumb(space.getName(), space.getUrlPath()), new PageLayout.Crumb(title, null));
        Map<String, String> meta = currentPage == null ? Map.of("space-key", space.getKey())
                : Map.of("space-key", space.getKey(), "page-id", Long.toString(currentPage));
        HostServlet.html(response, 200, web.layout().page(request, title + " - " + space.getName(), crumbs, main,
                aside.toString(), WebResourceTags.pageContexts(), meta));
    }
}
