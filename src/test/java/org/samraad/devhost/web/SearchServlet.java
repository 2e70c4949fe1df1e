package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.samraad.devhost.search.HostSearchIndex;
import org.samraad.devhost.search.SiteSearch;
import org.samraad.devhost.services.HostSpace;

/**
 * Confluence's search page, {@code /dosearchsite.action?queryString=words} (what the quick search in the header
 * sends) or {@code ?cql=siteSearch ~ "words"}: the pages the caller may view that have the words, with an excerpt
 * and their space, {@value #PAGE_SIZE} a page.
 */
final class SearchServlet extends HostServlet {
    static final int PAGE_SIZE = 10;

    SearchServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getParameter("queryString");
        Optional<String> words = typed != null && !typed.isBlank() ? Optional.of(typed.strip())
                : SiteSearch.words(request.getParameter("cql"));
        int start = (int) Math.max(0, longParameter(request, "startIndex"));
        StringBuilder main = new StringBuilder("<h1>Search</h1>\n")
                .append("<form class=\"search-form\" role=\"search\" method=\"get\" action=\"/dosearchsite.action\">")
                .append("<label for=\"search-query\">Search for</label> <input id=\"search-query\" name=\"queryString\" ")
                .append("type=\"search\" value=\"").append(Html.text(words.orElse(""))).append("\"> ")
                .append("<button type=\"submit\">Search</button></form>\n");
        if (words.isPresent()) {
            HostSearchIndex.Hits hits = web.search(words.get(), start, PAGE_SIZE);
            main.append("<p class=\"search-results-count\" role=\"status\">").append(hits.total())
                    .append(hits.total() == 1 ? " result" : " results").append(" for “")
                    .append(Html.text(words.get())).append("”</p>\n<ol class=\"search-results\" start=\"")
                    .append(start + 1).append("\">");
            for (HostSearchIndex.Hit hit : hits.hits()) {
                HostSpace space = web.spaces().space(hit.spaceKey());
                main.append("<li><a class=\"search-result-link\" href=\"").append(Html.viewPath(hit.pageId())).append("\">")
                        .append(Html.text(hit.title())).append("</a><p class=\"highlights\">")
                        .append(Html.text(SiteSearch.excerpt(hit.content(), words.get())))
                        .append("</p><p class=\"search-result-meta\">").append(Html.text(space.getName())).append("</p></li>");
            }
            main.append("</ol>\n");
            String query = "/dosearchsite.action?queryString=" + Html.url(words.get()) + "&amp;startIndex=";
            if (start > 0) {
                main.append("<a href=\"").append(query).append(Math.max(0, start - PAGE_SIZE)).append("\">Previous</a> ");
            }
            if (start + PAGE_SIZE < hits.total()) {
                main.append("<a href=\"").append(query).append(start + PAGE_SIZE).append("\">Next</a>");
            }
        }
        html(response, 200, web.layout().page(request, "Search", List.of(new PageLayout.Crumb("Dashboard", "/"),
                new PageLayout.Crumb("Search", null)), main.toString(), null, List.of()));
    }
}
