package org.proximite.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxFollower;
import org.proximite.core.outbox.OutboxListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The search index of this instance, in memory: built from the database at start, kept in step
 * by the outbox, rebuilt on demand while the previous state keeps answering.
 *
 * <p>Every write reads the database and writes the index under one lock, so a rebuild's batch and
 * a change that arrives meanwhile cannot overtake each other: whichever comes last read the
 * newest state. Readers see a rebuild's result only once it is complete.
 *
 * <p>It hears the outbox before the read cache (highest precedence), so that a page cached after
 * a change was computed with the index that already holds it.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SearchIndex implements OutboxListener, SmartLifecycle {

    /** The facets, in the order pages show them; also the names of the filters a query takes. */
    public static final List<String> FACETS = List.of("kind", "theme", "chapter", "level", "initiativeKind", "language");

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 200;
    private static final int MAX_WORDS = 8;
    private static final int SNIPPET_CHARS = 220;


    /** Text stored and indexed with its offsets: passages are then found from the index, without analysing the text again. */
    static final FieldType WITH_OFFSETS = withOffsets();

    private final PublishedItems items;
    private final ObjectProvider<OutboxFollower> follower;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final FacetCounts facetCounts = new FacetCounts(FACETS);
    private final BitSetMatches bitSetMatches = new BitSetMatches(new FrequentTermDocs());
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writing = new Object();
    private final Object rebuildingOne = new Object();
    private final Set<String> languages = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean building = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private volatile Instant builtAt;
    private volatile boolean running;

    SearchIndex(PublishedItems items, ObjectProvider<OutboxFollower> follower) {
        this.items = items;
        this.follower = follower;
        try {
            // Each file read from one array: opening a term's postings or a document's fields clones
            // its file, and cloning a file kept as many small buffers costs one copy per buffer.
            var directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                    (file, written) -> new ArrayIndexInput(file, written.toArrayCopy()));
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzers).setCodec(new SearchCodec()));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be opened in memory", e);
        }
        languages.addAll(List.of("fr", "en"));
    }

    /** An index over the database that {@code items} reads, not following any outbox: for tests and tools. */
    static SearchIndex over(PublishedItems items) {
        return new SearchIndex(items, null);
    }

    // ---- searching ----

    public SearchResults search(SearchQuery query) {
        IndexSearcher searcher = acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            boolean firstBuild = builtAt == null;
            if (reader.numDocs() == 0) {
                return new SearchResults(List.of(), 0, query.page(), query.size(), Map.of(), firstBuild);
            }
            // Which documents match and how many, without scoring them: the count and the facets
            // need every match, the page only the best ones, found apart with block-max scoring.
            Lookup asked = lookup(searcher, query, false);
            MatchingDocuments matches = MatchingDocuments.of(searcher, asked.matching(), bitSetMatches);
            // The words as typed first; their typo neighbours only when those find less than a page
            // (whichever page is asked, so that pages agree): expanding every word costs more than
            // the search itself.
            Lookup found = asked;
            if (matches.count() < query.size() && !query.text().isEmpty()) {
                try {
                    Lookup withTypos = lookup(searcher, query, true);
                    // Lucene counts the clauses of a query as it searches; done here, so that too many are caught here.
                    searcher.rewrite(withTypos.matching());
                    matches = MatchingDocuments.of(searcher, withTypos.matching(), bitSetMatches);
                    found = withTypos;
                } catch (IndexSearcher.TooManyClauses e) {
                    // Too many neighbours: the words as typed answer.
                }
            }
            ScoreDoc[] page = new ScoreDoc[0];
            int from = query.page() * query.size();
            if (from < matches.count()) {
                int wanted = (int) Math.min(from + (long) query.size(), matches.count());
                ScoreDoc[] best = searcher.search(found.best(matches), new TopScoreDocCollectorManager(wanted, null, wanted)).scoreDocs;
                page = java.util.Arrays.copyOfRange(best, Math.min(from, best.length), best.length);
            }
            // Passages mark the words as typed (stemmed, folded), not their typo neighbours: matching
            // fuzzy automata against every term of long texts costs more than the search itself.
            List<SearchHit> hits = hits(searcher, asked.matching(), page, query.language());
            return new SearchResults(hits, matches.count(), query.page(), query.size(), facetCounts.of(reader, matches), firstBuild);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        } finally {
            release(searcher);
        }
    }

    /**
     * What a query looks for, twice: as a query that every match meets (the words, the facets
     * chosen), and as the scoring clauses of the words' terms, each optional, which rank the
     * matches by the same sum of scores. Optional clauses over a filter of the matches let
     * block-max scoring skip what cannot enter the page; a conjunction of disjunctions scores
     * every match.
     *
     * @param scoring empty when nothing was typed: every match then scores the same
     */
    private record Lookup(Query matching, List<Query> scoring) {

        Query best(MatchingDocuments matches) {
            if (scoring.isEmpty()) {
                return matches.asFilter();
            }
            BooleanQuery.Builder best = new BooleanQuery.Builder();
            scoring.forEach(clause -> best.add(clause, Occur.SHOULD));
            best.add(matches.asFilter(), Occur.FILTER);
            return best.setMinimumNumberShouldMatch(1).build();
        }
    }

    private Lookup lookup(IndexSearcher searcher, SearchQuery query, boolean typos) throws IOException {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        Words words = words(searcher, query.text(), typos);
        List<Query> scoring = new ArrayList<>();
        if (words == null) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            root.add(words.matchingAll(), Occur.MUST);
            words.required().forEach(scoring::addAll);
            words.common().forEach(scoring::addAll);
            if (query.language() != null && !scoring.isEmpty()) {
                // Results the reader can read in their language come first.
                Query inLanguage = new BoostQuery(new TermQuery(new Term("language", query.language())), 0.5f);
                root.add(inLanguage, Occur.SHOULD);
                scoring.add(inLanguage);
            }
        }
        query.filters().forEach((name, value) -> {
            if (FACETS.contains(name) && value != null && !value.isBlank()) {
                root.add(new TermQuery(new Term(name, value)), Occur.FILTER);
            }
        });
        return new Lookup(root.build(), scoring);
    }

    /**
     * The terms of each word typed, in any language, in a title or a text, exactly or with a typo
     * or two: each word must be found, except one that some language drops as too common
     * (<i>le</i>, <i>the</i>), which only ranks.
     */
    private record Words(List<List<Query>> required, List<List<Query>> common) {

        Query matchingAll() {
            if (required.isEmpty() && common.isEmpty()) {
                // Only punctuation or syntax characters: nothing to look for.
                return new MatchNoDocsQuery();
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            required.forEach(word -> all.add(anyOf(word), Occur.MUST));
            common.forEach(word -> all.add(anyOf(word), Occur.SHOULD));
            if (required.isEmpty()) {
                all.setMinimumNumberShouldMatch(1);
            }
            return all.build();
        }

        private static Query anyOf(List<Query> terms) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            terms.forEach(term -> any.add(term, Occur.SHOULD));
            return any.build();
        }
    }

    /** Null when nothing was typed. */
    private Words words(IndexSearcher searcher, String text, boolean typos) throws IOException {
        List<String> typed = java.util.Arrays.stream(text.split("\\s+")).filter(word -> !word.isBlank()).limit(MAX_WORDS).toList();
        if (typed.isEmpty()) {
            return null;
        }
        Words words = new Words(new ArrayList<>(), new ArrayList<>());
        for (String word : typed) {
            List<Query> anyLanguage = new ArrayList<>();
            boolean dropped = false;
            for (String language : languages) {
                List<String> terms = terms(analyzers.of(language), word);
                dropped |= terms.isEmpty();
                for (String term : terms) {
                    anyLanguage.add(new BoostQuery(new TermQuery(new Term("title." + language, term)), 3f));
                    anyLanguage.add(new TermQuery(new Term("text." + language, term)));
                    if (typos && term.length() >= 4) {
                        // Expanded once here, not again by each pass over the matches.
                        anyLanguage.add(new BoostQuery(searcher.rewrite(new Typos(new Term("title." + language, term))), 0.6f));
                        anyLanguage.add(new BoostQuery(searcher.rewrite(new Typos(new Term("text." + language, term))), 0.2f));
                    }
                }
            }
            if (!anyLanguage.isEmpty()) {
                (dropped ? words.common() : words.required()).add(anyLanguage);
            }
        }
        return words;
    }

    private static List<String> terms(Analyzer analyzer, String word) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("query", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, String asked) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        var stored = searcher.storedFields();
        Document[] documents = new Document[page.length];
        int[] docs = new int[page.length];
        String[] shown = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
            Document document = stored.document(docs[i]);
            documents[i] = document;
            List<String> itemLanguages = List.of(document.getValues("language"));
            String defaultLanguage = document.get("defaultLanguage");
            shown[i] = itemLanguages.contains(asked) ? asked : itemLanguages.contains(defaultLanguage) ? defaultLanguage : itemLanguages.getFirst();
        }
        Passage[] passages = passages(new PagePassages(searcher.getIndexReader(), query), documents, docs, shown);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document document = documents[i];
            String language = shown[i];
            Passage passage = passages[i] != null ? passages[i] : new Passage(escaped(beginning(document.get("text." + language))), language);
            hits.add(new SearchHit(document.get("kind"), document.get("slug"), document.get("title." + language), language,
                    asked != null && !asked.equals(language), passage.html(), passage.language(), document.get("chapter"), document.get("level"),
                    document.get("initiativeKind")));
        }
        return hits;
    }

    /** A highlighted passage of a hit's text and the language it is in. */
    private record Passage(String html, String language) {}

    /**
     * Each hit's passage with the words found, from its text in the language it is shown in; only
     * the hits whose text there holds none of the words are looked at in their other languages.
     */
    private Passage[] passages(PagePassages finder, Document[] documents, int[] docs, String[] shown) throws IOException {
        Passage[] found = new Passage[docs.length];
        for (String language : new LinkedHashSet<>(List.of(shown))) {
            highlight(finder, documents, docs, language, i -> shown[i].equals(language), found);
        }
        for (String language : new TreeSet<>(languages)) {
            highlight(finder, documents, docs, language, i -> found[i] == null && !shown[i].equals(language), found);
        }
        return found;
    }

    /** The passages in one language of the hits {@code which} chooses, found together. */
    private static void highlight(PagePassages finder, Document[] documents, int[] docs, String language, IntPredicate which,
            Passage[] found) throws IOException {
        int[] chosen = new int[docs.length];
        int count = 0;
        for (int i = 0; i < docs.length; i++) {
            if (which.test(i)) {
                chosen[count++] = i;
            }
        }
        if (count == 0) {
            return;
        }
        String field = "text." + language;
        int[] chosenDocs = new int[count];
        String[] texts = new String[count];
        BytesRef[] sentences = new BytesRef[count];
        for (int j = 0; j < count; j++) {
            chosenDocs[j] = docs[chosen[j]];
            texts[j] = documents[chosen[j]].get(field);
            sentences[j] = documents[chosen[j]].getBinaryValue("sentences." + language);
        }
        String[] snippets = finder.of(field, chosenDocs, texts, sentences);
        for (int j = 0; j < count; j++) {
            if (snippets[j] != null) {
                found[chosen[j]] = new Passage(snippets[j], language);
            }
        }
    }

    private static String beginning(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
        return text.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + " …";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---- writing ----

    private static FieldType withOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Builds the index again from the database; the state before keeps answering until it is done. */
    public void rebuild() {
        synchronized (rebuildingOne) {
            building.set(true);
            try {
                List<Long> ids = items.visibleIds();
                total.set(ids.size());
                done.set(0);
                synchronized (writing) {
                    writer.deleteAll();
                }
                for (int from = 0; from < ids.size(); from += BATCH) {
                    List<Long> batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
                    synchronized (writing) {
                        write(items.byIds(batch));
                    }
                    done.addAndGet(batch.size());
                }
                // One segment: every query then looks its terms up, expands its typos and sets up its
                // scorers once instead of once per segment the build happened to flush.
                writer.forceMerge(1);
                builtAt = Instant.now();
                log.info("Search index built: {} items in {}", ids.size(), languages);
            } catch (IOException e) {
                throw new UncheckedIOException("The search index could not be rebuilt", e);
            } finally {
                building.set(false);
                refresh();
            }
        }
    }

    /**
     * After a bundle import: builds again from the database on its own thread, after any rebuild
     * under way (which may have read the data the import replaced). Shown as building at once.
     */
    private void rebuildAfterImport() {
        building.set(true);
        Thread.ofPlatform().name("search-index-rebuild").daemon().start(this::rebuildLogged);
    }

    /** Starts a rebuild on its own thread; false when one is already running. */
    public boolean rebuildInBackground() {
        // Marked as building at once, so that whoever asks next sees the rebuild it started.
        if (!building.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofPlatform().name("search-index-rebuild").daemon().start(this::rebuildLogged);
        return true;
    }

    /** Whether a build from the database is under way (what it answers meanwhile is the state before). */
    public boolean isBuilding() {
        return building.get();
    }

    public IndexStatus status() {
        IndexSearcher searcher = acquire();
        try {
            return new IndexStatus(building.get(), done.get(), total.get(), searcher.getIndexReader().numDocs(), builtAt);
        } finally {
            release(searcher);
        }
    }

    @Override
    public void onChanges(List<OutboxEvent> events) {
        if (events.stream().anyMatch(OutboxEvent::replacesEverything)) {
            rebuildAfterImport();
            return;
        }
        Set<String> chapters = new HashSet<>();
        Map<String, Set<String>> slugsByKind = new HashMap<>();
        for (OutboxEvent event : events) {
            if (event.isAccountChange()) {
                continue;
            }
            if (event.isChapterChange()) {
                chapters.add(event.chapterId());
            } else if (event.itemKind() != null && event.itemKey() != null && !chapters.contains(event.chapterId())) {
                slugsByKind.computeIfAbsent(event.itemKind().toLowerCase(Locale.ROOT), kind -> new HashSet<>()).add(event.itemKey());
            }
        }
        try {
            synchronized (writing) {
                for (String chapter : chapters) {
                    writer.deleteDocuments(new Term("chapter", chapter));
                    write(items.ofChapter(chapter));
                }
                for (var entry : slugsByKind.entrySet()) {
                    reindex(entry.getKey(), entry.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not follow a change", e);
        }
        refresh();
    }

    private void reindex(String kind, Collection<String> slugs) throws IOException {
        for (String slug : slugs) {
            writer.deleteDocuments(new Term("key", IndexedItem.key(kind, slug)));
        }
        write(items.bySlugs(kind, slugs));
    }

    private void write(List<IndexedItem> batch) throws IOException {
        for (IndexedItem item : batch) {
            if (item.texts().isEmpty()) {
                writer.deleteDocuments(new Term("key", item.key()));
            } else {
                writer.updateDocument(new Term("key", item.key()), document(item));
            }
        }
    }

    private Document document(IndexedItem item) {
        Document document = new Document();
        document.add(new StringField("key", item.key(), Field.Store.YES));
        document.add(new StoredField("slug", item.slug()));
        document.add(new StoredField("defaultLanguage", item.defaultLanguage()));
        facet(document, "kind", item.kind());
        facet(document, "chapter", item.chapterId());
        facet(document, "level", item.evidenceLevel());
        facet(document, "initiativeKind", item.initiativeKind());
        item.themes().forEach(theme -> facet(document, "theme", theme));
        item.texts().forEach((language, text) -> {
            languages.add(language);
            facet(document, "language", language);
            document.add(new Field("title." + language, text.title(), WITH_OFFSETS));
            document.add(new Field("text." + language, text.body(), WITH_OFFSETS));
            document.add(new StoredField("sentences." + language, SentenceBreaks.of(text.body())));
        });
        return document;
    }

    /** A value to filter on and to count (indexed as is), stored to be shown. */
    private static void facet(Document document, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        document.add(new StringField(name, value, Field.Store.YES));
    }

    private void refresh() {
        if (building.get()) {
            return;
        }
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be refreshed", e);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rebuildLogged() {
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.error("The search index could not be built; search answers from what it had", e);
        }
    }

    // ---- life ----

    /**
     * Builds the index once the outbox follower knows where it starts: a change committed after
     * that reaches the index as an event, one before is already in what the build reads.
     */
    @Override
    public void start() {
        running = true;
        Thread.ofPlatform().name("search-index-build").daemon().start(() -> {
            OutboxFollower following = follower == null ? null : follower.getIfAvailable();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (following != null && following.position() < 0 && running && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            if (running) {
                rebuildLogged();
            }
        });
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
