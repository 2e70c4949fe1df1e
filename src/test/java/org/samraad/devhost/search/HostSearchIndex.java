package org.samraad.devhost.search;

import com.atlassian.bonnie.Searchable;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugins.index.api.Extractor2;
import com.atlassian.confluence.search.ConfluenceIndexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.samraad.devhost.persistence.HostStore;
import org.samraad.devhost.persistence.HostStore.PageRow;
import org.samraad.devhost.services.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's content index, on Lucene as Confluence's is: one document per page, with its title and its body's
 * text plus what every {@code <extractor2>} module adds for the page (run as Confluence runs them: in priority order,
 * by no user, each failure logged and skipped). Confluence indexes a saved page and a {@link #reIndex} request
 * through a queue it flushes every few seconds; the host brings the index up to date before each search — pages
 * saved (a new version), removed, or asked for by the plugin since — so a search always sees what was committed.
 * Kept in memory and rebuilt on the first search after a start, as Confluence rebuilds a missing index.
 */
public final class HostSearchIndex implements ConfluenceIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(HostSearchIndex.class);
    static final String ID = "id";
    static final String TITLE = "title";
    static final String CONTENT = "content";
    static final String SPACE = "spaceKey";

    private final HostStore store;
    private final PageManager pages;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final Directory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final Map<Long, Integer> indexed = new HashMap<>();
    private final Set<Long> requested = ConcurrentHashMap.newKeySet();
    private volatile List<Extractor2> extractors = List.of();

    public HostSearchIndex(HostStore store, PageManager pages) {
        this.store = store;
        this.pages = pages;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plugin's extractors, lowest priority first, once its container is up. */
    public void useExtractors(List<Extractor2> inPriorityOrder) {
        extractors = List.copyOf(inPriorityOrder);
    }

    /** Queued, as Confluence's indexer queues it: the page is read again before the next search. */
    @Override
    public void reIndex(Searchable searchable) {
        requested.add(searchable.getId());
    }

    /** One hit the caller may see: the page's id, title, space and the text it was found in. */
    public record Hit(long pageId, String title, String spaceKey, String content) {}

    /** The page of hits at {@code start}, and how many hits the caller may see in all. */
    public record Hits(List<Hit> hits, int total) {}

    /**
     * Pages whose title or text has every word of {@code text}, best first, of those {@code visible} admits (the
     * searcher's view permission: the index holds every page, as Confluence's does, and filters at query time).
     */
    public synchronized Hits search(String text, int start, int limit, LongPredicate visible) {
        refresh();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, CONTENT}, analyzer,
                    Map.of(TITLE, 2f, CONTENT, 1f));
            parser.setDefaultOperator(QueryParser.Operator.AND);
            Query query = parser.parse(QueryParser.escape(text));
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Hit> all = new ArrayList<>();
            for (ScoreDoc found : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document document = searcher.storedFields().document(found.doc);
                long pageId = Long.parseLong(document.get(ID));
                if (visible.test(pageId)) {
                    all.add(new Hit(pageId, document.get(TITLE), document.get(SPACE), document.get(CONTENT)));
                }
            }
            int from = Math.min(start, all.size());
            return new Hits(List.copyOf(all.subList(from, Math.min(all.size(), from + limit))), all.size());
        } catch (ParseException e) {
            return new Hits(List.of(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes what changed since the last search: saved, removed and requested pages. */
    private void refresh() {
        Map<Long, Integer> current = store.pageVersions();
        Set<Long> stale = new HashSet<>();
        current.forEach((id, version) -> {
            if (!Objects.equals(indexed.get(id), version)) {
                stale.add(id);
            }
        });
        for (Long id : Set.copyOf(requested)) {
            requested.remove(id);
            if (current.containsKey(id)) {
                stale.add(id);
            }
        }
        Set<Long> removed = new HashSet<>(indexed.keySet());
        removed.removeAll(current.keySet());
        if (stale.isEmpty() && removed.isEmpty()) {
            return;
        }
        try {
            for (Long id : removed) {
                writer.deleteDocuments(new Term(ID, Long.toString(id)));
                indexed.remove(id);
            }
            for (Long id : stale) {
                store.page(id).ifPresent(page -> {
                    index(page);
                    indexed.put(id, page.version());
                });
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void index(PageRow page) {
        StringBuilder content = new StringBuilder(StorageText.of(page.body()));
        // Confluence's indexer runs in its own thread, as nobody
        try (RequestContext.Binding nobody = RequestContext.bind(null, RequestContext.DEFAULT_LOCALE)) {
            @SuppressWarnings("deprecation")
            AbstractPage searchable = pages.getAbstractPage(page.id());
            for (Extractor2 extractor : extractors) {
                try {
                    CharSequence text = extractor.extractText(searchable);
                    if (text != null && !text.isEmpty()) {
                        content.append('\n').append(text);
                    }
                    extractor.extractFields(searchable);
                } catch (RuntimeException e) {
                    LOG.error("Extractor {} failed on page {}; indexed without its text", extractor.getClass().getName(),
                            page.id(), e);
                }
            }
        }
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(page.id()), Field.Store.YES));
        document.add(new StringField(SPACE, page.spaceKey(), Field.Store.YES));
        document.add(new TextField(TITLE, page.title(), Field.Store.YES));
        document.add(new TextField(CONTENT, content.toString(), Field.Store.YES));
        document.add(new StoredField("version", page.version()));
        try {
            writer.updateDocument(new Term(ID, Long.toString(page.id())), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
