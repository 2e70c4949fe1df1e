package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.samraad.devhost.persistence.HostStore.PageRow;
import org.samraad.devhost.persistence.HostStore.PageVersion;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostSpace;
import org.samraad.devhost.services.HostUser;

/**
 * Confluence's page history, {@code /pages/viewpreviouspageversions.action?pageId=}: every version of the page,
 * newest first, with who saved it, when and their comment; each earlier version opens at
 * {@code /pages/viewpage.action?pageId=&pageVersion=N}, its body rendered as it was (the plugin's macros show their
 * live data, as in Confluence).
 */
final class PageHistory {
    private PageHistory() {}

    static void show(HostWeb web, HttpServletRequest request, HttpServletResponse response, PageRow page)
            throws IOException {
        HostSpace space = web.spaces().space(page.spaceKey());
        String heading = "Page history: " + page.title();
        StringBuilder main = new StringBuilder("<h1>").append(Html.text(heading)).append("</h1>\n")
                .append("<table class=\"aui page-history\"><caption>Versions of this page, newest first</caption>")
                .append("<thead><tr><th scope=\"col\">Version</th><th scope=\"col\">Published</th>")
                .append("<th scope=\"col\">Changed by</th><th scope=\"col\">Comment</th></tr></thead><tbody>");
        for (PageVersion version : web.store().versions(page.id())) {
            boolean current = version.version() == page.version();
            main.append("<tr><td><a href=\"").append(Html.viewPath(page.id()))
                    .append(current ? "" : "&amp;pageVersion=" + version.version()).append("\">")
                    .append(current ? "Current version (v. " + version.version() + ")" : "v. " + version.version())
                    .append("</a></td><td>").append(Html.text(version.saved().toString())).append("</td><td>")
                    .append(Html.text(author(version))).append("</td><td>").append(Html.text(version.comment()))
                    .append("</td></tr>");
        }
        main.append("</tbody></table>\n");
        List<PageLayout.Crumb> crumbs = List.of(new PageLayout.Crumb("Dashboard", "/"),
                new PageLayout.Crumb(space.getName(), space.getUrlPath()),
                new PageLayout.Crumb(page.title(), Html.viewPath(page.id())), new PageLayout.Crumb("Page history", null));
        HostServlet.html(response, 200, web.layout().page(request, heading, crumbs, main.toString(), null, List.of()));
    }

    /** An earlier version as a page to render: its title and body, saved by its author. */
    static PageRow asPage(PageRow current, PageVersion old) {
        return new PageRow(current.id(), current.spaceKey(), old.title(), old.body(), old.version(), current.created(),
                old.saved(), current.creatorKey(), old.authorKey());
    }

    static String oldVersionNotice(PageRow current, PageVersion old) {
        return "<p>You are viewing an old version of this page (v. " + old.version() + ", saved by "
                + Html.text(author(old)) + "). <a href=\"" + Html.viewPath(current.id())
                + "\">View the current version</a> or <a href=\"/pages/viewpreviouspageversions.action?pageId="
                + current.id() + "\">the page history</a>.</p>";
    }

    private static String author(PageVersion version) {
        return version.authorKey() == null ? "Anonymous"
                : DemoUsers.byKey(version.authorKey()).map(HostUser::getFullName).orElse("Unknown user");
    }
}
