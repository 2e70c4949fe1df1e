package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samraad.devhost.persistence.HostStore.PageRow;
import org.samraad.devhost.persistence.HostStore.PageVersion;
import org.samraad.devhost.render.StorageFormatException;
import org.samraad.devhost.render.StorageFormatParser;
import org.samraad.devhost.services.HostSpace;
import org.samraad.devhost.services.RequestContext;

/**
 * {@code /pages/…action}: view a page by id, and the storage-format editor (edit and create) with the macro
 * picker. Saving refuses malformed storage format, duplicate titles and stale versions, as Confluence does.
 */
final class PagesServlet extends HostServlet {
    PagesServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (action(request)) {
            case "viewpage.action" -> {
                Optional<PageRow> page = web.visiblePage(longParameter(request, "pageId"));
                String wanted = request.getParameter("pageVersion");
                if (page.isEmpty()) {
                    notFound(request, response);
                } else if (wanted == null || wanted.equals(Integer.toString(page.get().version()))) {
                    PageView.show(web, request, response, page.get());
                } else {
                    Optional<PageVersion> old = web.store().versions(page.get().id()).stream()
                            .filter(v -> Integer.toString(v.version()).equals(wanted)).findFirst();
                    if (old.isEmpty()) {
                        notFound(request, response);
                    } else {
                        PageView.show(web, request, response, PageHistory.asPage(page.get(), old.get()),
                                PageHistory.oldVersionNotice(page.get(), old.get()));
                    }
                }
            }
            case "viewpreviouspageversions.action" -> {
                Optional<PageRow> page = web.visiblePage(longParameter(request, "pageId"));
                if (page.isEmpty()) {
                    notFound(request, response);
                } else {
                    PageHistory.show(web, request, response, page.get());
                }
            }
            case "editpage.action" -> {
                Optional<PageRow> page = web.visiblePage(longParameter(request, "pageId"));
                if (page.isEmpty()) {
                    notFound(request, response);
                } else if (!web.canEdit(page.get().spaceKey())) {
                    forbidden(request, response, "You may view this page but not edit it.");
                } else {
                    PageRow p = page.get();
                    editor(request, response, 200, p.spaceKey(), p.id(), p.version(), p.title(), p.body(), null);
                }
            }
            case "createpage.action" -> {
                String spaceKey = parameter(request, "spaceKey");
                if (web.visibleSpace(spaceKey).isEmpty()) {
                    notFound(request, response);
                } else if (!web.canEdit(spaceKey)) {
                    forbidden(request, response, "You may not add pages to this space.");
                } else {
                    editor(request, response, 200, spaceKey, -1, 0, parameter(request, "title"), "<p></p>", null);
                }
            }
            default -> notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (tokenRejected(request, response)) {
            return;
        }
        String action = action(request);
        if (!action.equals("doeditpage.action") && !action.equals("docreatepage.action")) {
            notFound(request, response);
            return;
        }
        boolean create = action.equals("docreatepage.action");
        Optional<PageRow> existing = create ? Optional.empty() : web.visiblePage(longParameter(request, "pageId"));
        String spaceKey = create ? parameter(request, "spaceKey") : existing.map(PageRow::spaceKey).orElse("");
        if ((!create && existing.isEmpty()) || web.visibleSpace(spaceKey).isEmpty()) {
            notFound(request, response);
            return;
        }
        if (!web.canEdit(spaceKey)) {
            forbidden(request, response, "You may not edit pages in this space.");
            return;
        }
        String title = parameter(request, "title").strip();
        String body = parameter(request, "body");
        long pageId = existing.map(PageRow::id).orElse(-1L);
        int version = (int) longParameter(request, "version");
        String problem = problem(spaceKey, pageId, title, body);
        String userKey = RequestContext.current().user().map(u -> u.getKey().getStringValue()).orElse(null);
        if (problem == null && create) {
            pageId = web.store().createPage(spaceKey, title, body, userKey).id();
        } else if (problem == null && !web.store().updatePage(pageId, version, title, body, userKey,
                comment(request))) {
            problem = "Someone else saved this page after you opened it. Copy your changes, reload and edit again.";
        }
        if (problem != null) {
            editor(request, response, 400, spaceKey, pageId, version, title, body, problem);
            return;
        }
        response.sendRedirect(Html.viewPath(pageId));
    }

    private String problem(String spaceKey, long pageId, String title, String body) {
        if (title.isEmpty()) {
            return "A page needs a title.";
        }
        Optional<PageRow> sameTitle = web.store().page(spaceKey, title);
        if (sameTitle.isPresent() && sameTitle.get().id() != pageId) {
            return "A page with this title already exists in the space.";
        }
        try {
            StorageFormatParser.parse(body);
            return null;
        } catch (StorageFormatException e) {
            return "The body is not valid storage format. " + e.getMessage();
        }
    }

    private void editor(HttpServletRequest request, HttpServletResponse response, int status, String spaceKey,
            long pageId, int version, String title, String body, String problem) throws IOException {
        boolean create = pageId < 0;
        HostSpace space = web.spaces().space(spaceKey);
        String heading = create ? "Create a page in " + space.getName() : "Edit " + title;
        StringBuilder main = new StringBuilder("<h1>").append(Html.text(heading)).append("</h1>\n");
        if (problem != null) {
            main.append("<div class=\"error-summary\" role=\"alert\"><p>").append(Html.text(problem)).append("</p></div>");
        }
        main.append("<form class=\"host-editor\" method=\"post\" action=\"/pages/")
                .append(create ? "docreatepage.action" : "doeditpage.action").append("\">")
                .append(PageLayout.hidden(HostSession.TOKEN_PARAMETER, HostSession.token(request)))
                .append(PageLayout.hidden("spaceKey", spaceKey))
                .append(create ? "" : PageLayout.hidden("pageId", Long.toString(pageId)))
                .append(PageLayout.hidden("version", Integer.toString(version)))
                .append("<div class=\"field\"><label for=\"content-title\">Title</label>")
                .append("<input id=\"content-title\" name=\"title\" type=\"text\" required value=\"").append(Html.text(title)).append("\"></div>")
                .append("<div class=\"field\"><label for=\"content-body\">Body (storage format)</label>")
                .append("<textarea id=\"content-body\" name=\"body\" rows=\"24\" spellcheck=\"false\">").append(Html.text(body))
                .append("</textarea></div>")
                .append(create ? "" : "<div class=\"field\"><label for=\"versionComment\">What did you change?</label>"
                        + "<input id=\"versionComment\" name=\"versionComment\" type=\"text\" maxlength=\"1000\"></div>")
                .append("<div class=\"buttons\"><button type=\"submit\">Save</button> <a href=\"")
                .append(create ? Html.text(space.getUrlPath()) : Html.viewPath(pageId)).append("\">Cancel</a></div></form>");
        List<PageLayout.Crumb> crumbs = List.of(new PageLayout.Crumb("Dashboard", "/"),
                new PageLayout.Crumb(space.getName(), space.getUrlPath()), new PageLayout.Crumb(heading, null));
        html(response, status, web.layout().page(request, heading, crumbs, main.toString(), MacroPicker.render(web),
                List.of("atl.general", "editor", "macro-browser"), Map.of("space-key", spaceKey)));
    }

    /** Confluence's version comment, one line, at most 1000 characters. */
    private static String comment(HttpServletRequest request) {
        String comment = request.getParameter("versionComment");
        comment = comment == null ? "" : comment.replaceAll("\\s+", " ").strip();
        return comment.length() > 1000 ? comment.substring(0, 1000) : comment;
    }

    private static String action(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1);
    }
}
