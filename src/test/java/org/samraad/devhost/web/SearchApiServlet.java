package org.samraad.devhost.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
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
        Optional<String> words = SiteSearch.words(cql);
        if (words.isEmpty()) {
            ContentApiServlet.answer(response, 400, ContentApiServlet.error(400, "Could not parse cql : " + cql
                    + " (the dev host answers siteSearch ~ \"words\" only)"));
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
}
