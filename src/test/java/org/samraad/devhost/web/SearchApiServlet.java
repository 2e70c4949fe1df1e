package org.samraad.devhost.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samraad.devhost.persistence.HostStore.PageTitle;
import org.samraad.devhost.search.HostSearchIndex;
import org.samraad.devhost.search.SiteSearch;
import org.samraad.devhost.services.HostSpace;

/**
 * Confluence's v1 REST {@code GET /rest/api/search?cql=siteSearch ~ "…"&start=&limit=}: the pages the caller may
 * view whose title or text (body and the plugin's extractor output) has the words, as Confluence's search results:
 * {@code results[]} with {@code content} ({@code id}, {@code type}, {@code title} …), {@code title},
 * {@code excerpt}, {@code url}, {@code resultGlobalContainer}, {@code entityType}, {@code lastModified}; and
 * {@code start}, {@code limit}, {@code size}, {@code totalSize}, {@code cqlQuery}, {@code searchDuration},
 * {@code _links}. Other CQL is a 400.
 */
final class SearchApiServlet extends HostServlet {
    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;

    SearchApiServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        String cql = request.getParameter("cql");
        Optional<SiteSearch.TitleQuery> titles = SiteSearch.titleQuery(cql);
        if (titles.isPresent()) {
            pagesByTitle(request, response, cql, titles.get(), started);
            return;
        }
        Optional<String> words = SiteSearch.words(cql);
        if (words.isEmpty()) {
            ContentApiServlet.answer(response, 400, ContentApiServlet.error(400, "Could not parse cql : " + cql
                    + " (the dev host answers siteSearch ~ \"words\" and type = page [AND space = \"KEY\"] AND title ~ \"words\" only)"));
            return;
        }
        int start = Math.max(0, (int) Math.max(0, longParameter(request, "start")));
        long askedLimit = longParameter(request, "limit");
        int limit = askedLimit < 0 ? DEFAULT_LIMIT : (int) Math.min(MAX_LIMIT, askedLimit);
        HostSearchIndex.Hits hits = web.search(words.get(), start, limit);
        String baseUrl = ContentApiServlet.baseUrl(request);
        ObjectNode answer = ContentJson.JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (HostSearchIndex.Hit hit : hits.hits()) {
            HostSpace space = web.spaces().space(hit.spaceKey());
            ObjectNode result = results.addObject();
            result.set("content", ContentJson.reference(hit.pageId(), hit.title(), "current", baseUrl));
            result.put("title", hit.title())
                    .put("excerpt", SiteSearch.excerpt(hit.content(), words.get()))
                    .put("url", Html.viewPath(hit.pageId()));
            result.putObject("resultGlobalContainer").put("title", space.getName()).put("displayUrl", space.getUrlPath());
            result.put("entityType", "content").put("iconCssClass", "aui-icon content-type-page")
                    .put("lastModified", web.store().page(hit.pageId()).map(p -> p.modified().toString()).orElse(null));
        }
        answer.put("start", start).put("limit", limit).put("size", hits.hits().size()).put("totalSize", hits.total())
                .put("cqlQuery", cql).put("searchDuration", (System.nanoTime() - started) / 1_000_000);
        answer.putObject("_links").put("base", baseUrl).put("context", "");
        ContentApiServlet.answer(response, 200, answer);
    }

    /**
     * {@code type = page [AND space = "KEY"] AND title ~ "words"}, as page pickers ask: the pages the caller may view
     * (of that space) whose title has every word, in the same result shape; the host matches words anywhere in the
     * title, where Confluence's index matches word stems and prefixes.
     */
    private void pagesByTitle(HttpServletRequest request, HttpServletResponse response, String cql,
            SiteSearch.TitleQuery query, long started) throws IOException {
        int start = (int) Math.max(0, longParameter(request, "start"));
        long askedLimit = longParameter(request, "limit");
        int limit = askedLimit < 0 ? DEFAULT_LIMIT : (int) Math.min(MAX_LIMIT, askedLimit);
        List<HostSpace> spaces = query.spaceKey() == null ? web.visibleSpaces()
                : web.visibleSpace(query.spaceKey()).stream().toList();
        List<Object[]> hits = new ArrayList<>();
        for (HostSpace space : spaces) {
            for (PageTitle page : web.store().pageTitles(space.getKey())) {
                if (query.matches(page.title()) && web.visiblePage(page.id()).isPresent()) {
                    hits.add(new Object[] {space, page});
                }
            }
        }
        String baseUrl = ContentApiServlet.baseUrl(request);
        ObjectNode answer = ContentJson.JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        List<Object[]> shown = hits.subList(Math.min(start, hits.size()), Math.min(hits.size(), start + limit));
        for (Object[] hit : shown) {
            HostSpace space = (HostSpace) hit[0];
            PageTitle page = (PageTitle) hit[1];
            ObjectNode result = results.addObject();
            result.set("content", ContentJson.reference(page.id(), page.title(), "current", baseUrl));
            result.put("title", page.title()).put("excerpt", "").put("url", Html.viewPath(page.id()));
            result.putObject("resultGlobalContainer").put("title", space.getName()).put("displayUrl", space.getUrlPath());
            result.put("entityType", "content").put("iconCssClass", "aui-icon content-type-page");
        }
        answer.put("start", start).put("limit", limit).put("size", shown.size()).put("totalSize", hits.size())
                .put("cqlQuery", cql).put("searchDuration", (System.nanoTime() - started) / 1_000_000);
        answer.putObject("_links").put("base", baseUrl).put("context", "");
        ContentApiServlet.answer(response, 200, answer);
    }
}
