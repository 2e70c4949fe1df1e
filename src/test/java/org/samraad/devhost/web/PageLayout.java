package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.devhost.services.HostSpace;
import org.samraad.devhost.services.HostUser;
import org.samraad.devhost.services.RequestContext;

/**
 * The host's page frame: language, skip link, header with spaces and the user and language switchers,
 * breadcrumbs, the main content, and the web resources the request required. Export output types get a bare
 * document without chrome or scripts, as exported content has.
 */
public final class PageLayout {
    private static final String PRODUCT = "Samråd dev host";
    /** Each language's name in itself, for the switcher: the JDK looks it up anew at each call. */
    private static final Map<Locale, String> LANGUAGE_NAMES = HostI18nResolver.SUPPORTED.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(l -> l, l -> l.getDisplayLanguage(l)));
    private final HostWeb web;
    private final WebResourceTags resources;

    PageLayout(HostWeb web, WebResourceTags resources) {
        this.web = web;
        this.resources = resources;
    }

    public record Crumb(String label, String href) {}

    /** The page as a whole; {@code contexts} are web-resource contexts this page type belongs to. */
    public String page(HttpServletRequest request, String title, List<Crumb> crumbs, String main, String aside,
            List<String> contexts) {
        return page(request, title, crumbs, main, aside, contexts, Map.of());
    }

    /**
     * The page with Confluence's {@code <meta name="ajs-…">} entries a page view carries (e.g. {@code page-id},
     * {@code space-key}), which scripts read to know the page they run on.
     */
    public String page(HttpServletRequest request, String title, List<Crumb> crumbs, String main, String aside,
            List<String> contexts, Map<String, String> meta) {
        RequestContext caller = RequestContext.current();
        String language = caller.locale().getLanguage();
        Set<String> allContexts = new LinkedHashSet<>(contexts);
        allContexts.addAll(caller.resources().contexts());
        WebResourceTags.Tags tags = resources.tags(caller.resources().webResources(), allContexts, language, true);
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.text(language)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"ajs-context-path\" content=\"\">\n");
        meta.forEach((name, value) -> out.append("<meta name=\"ajs-").append(Html.text(name)).append("\" content=\"")
                .append(Html.text(value)).append("\">\n"));
        out.append("<title>").append(Html.text(title)).append(" - ").append(PRODUCT).append("</title>\n")
                .append(tags.framework())
                .append("<link rel=\"stylesheet\" href=\"/devhost/static/host.css\">\n")
                .append(tags.head())
                .append("</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n");
        header(request, out);
        if (!crumbs.isEmpty()) {
            out.append("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumbs\"><ol>");
            for (Crumb crumb : crumbs) {
                out.append("<li>");
                if (crumb.href() == null) {
                    out.append("<span aria-current=\"page\">").append(Html.text(crumb.label())).append("</span>");
                } else {
                    out.append("<a href=\"").append(Html.text(crumb.href())).append("\">").append(Html.text(crumb.label())).append("</a>");
                }
                out.append("</li>");
            }
            out.append("</ol></nav>\n");
        }
        out.append("<div class=\"host-columns\">\n<main id=\"main\" tabindex=\"-1\">\n").append(main).append("\n</main>\n");
        if (aside != null && !aside.isEmpty()) {
            out.append(aside).append('\n');
        }
        out.append("</div>\n").append(tags.body())
                .append("<script src=\"/devhost/static/host.js\"></script>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Export forms (pdf, word, email, html_export, feed): the content alone, its styles, no scripts. */
    public String export(String title, String content) {
        RequestContext caller = RequestContext.current();
        WebResourceTags.Tags tags = resources.tags(caller.resources().webResources(), caller.resources().contexts(),
                caller.locale().getLanguage(), false);
        return "<!DOCTYPE html>\n<html lang=\"" + Html.text(caller.locale().getLanguage()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<title>" + Html.text(title) + "</title>\n" + tags.head()
                + "</head>\n<body class=\"export\">\n<h1>" + Html.text(title) + "</h1>\n<div id=\"main-content\" class=\"wiki-content\">\n"
                + content + "\n</div>\n</body>\n</html>\n";
    }

    private void header(HttpServletRequest request, StringBuilder out) {
        RequestContext caller = RequestContext.current();
        String token = HostSession.token(request);
        String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        out.append("<header class=\"host-header\">\n<a class=\"host-home\" href=\"/\">").append(PRODUCT).append("</a>\n");
        out.append("<nav class=\"host-spaces\" aria-label=\"Spaces\"><ul>");
        for (HostSpace space : web.visibleSpaces()) {
            out.append("<li><a href=\"").append(Html.text(space.getUrlPath())).append("\">")
                    .append(Html.text(space.getName())).append("</a></li>");
        }
        out.append("</ul></nav>\n");
        // Confluence's quick search: a GET to the search page with the words as queryString
        out.append("<form class=\"host-search\" role=\"search\" method=\"get\" action=\"/dosearchsite.action\">")
                .append("<label for=\"quick-search-query\">Search</label> <input id=\"quick-search-query\" ")
                .append("name=\"queryString\" type=\"search\"> <button type=\"submit\">Search</button></form>\n");
        out.append("<form class=\"host-switch\" method=\"post\" action=\"/devhost/session/user\">")
                .append(hidden(HostSession.TOKEN_PARAMETER, token)).append(hidden("return", back))
                .append("<label for=\"host-user\">User</label> <select id=\"host-user\" name=\"user\">")
                .append(option("", "Anonymous", caller.isAnonymous()));
        for (HostUser user : DemoUsers.ALL) {
            boolean current = caller.user().map(u -> u.equals(user)).orElse(false);
            out.append(option(user.getUsername(), user.getUsername() + " (" + user.getFullName() + ")", current));
        }
        out.append("</select> <button type=\"submit\">Switch user</button></form>\n");
        out.append("<form class=\"host-switch\" method=\"post\" action=\"/devhost/session/locale\">")
                .append(hidden(HostSession.TOKEN_PARAMETER, token)).append(hidden("return", back))
                .append("<label for=\"host-locale\">Language</label> <select id=\"host-locale\" name=\"locale\">");
        for (Locale locale : HostI18nResolver.SUPPORTED) {
            out.append(option(locale.getLanguage(), LANGUAGE_NAMES.get(locale),
                    locale.getLanguage().equals(caller.locale().getLanguage())));
        }
        out.append("</select> <button type=\"submit\">Change language</button></form>\n</header>\n");
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.text(name) + "\" value=\"" + Html.text(value) + "\">";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + Html.text(value) + "\"" + (selected ? " selected" : "") + ">" + Html.text(label) + "</option>";
    }
}
