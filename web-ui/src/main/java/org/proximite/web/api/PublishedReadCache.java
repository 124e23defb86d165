package org.proximite.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxFollower;
import org.proximite.core.search.SearchIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.proximite.core.outbox.OutboxListener;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers the public read API and the public guide's pages from memory. Published content changes rarely, and every change
 * (on this instance or another) reaches the outbox: the first change seen clears the cache, so a
 * reader never gets an answer older than the outbox follower's delay (about a second).
 *
 * <p>Each answer is kept as sent (JSON) and gzipped once, with a strong ETag: a cache or CDN in
 * front, and a reader's browser, can revalidate with {@code If-None-Match} for a 304.
 *
 * <p>It runs before the security filters: these paths are public reads whose answers are the
 * same for everyone (published content only), and a hit then costs no more than a map lookup.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class PublishedReadCache extends OncePerRequestFilter implements OutboxListener {

    private static final List<String> CACHED_PATHS = List.of("/api/v1/practices", "/api/v1/initiatives", "/api/v1/chapters", "/api/v1/search",
            "/guide");
    /**
     * What the kept answers may weigh in all, as sent and gzipped ({@code proximite.read-cache.budget-bytes},
     * 32 MiB by default). Any query string makes a key, so the cache is bounded by bytes, not
     * entries: past the budget, answers are served but not kept until the next change clears it.
     */
    private final long budgetBytes;
    private static final int MAX_BODY = 2 * 1024 * 1024;

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong keptBytes = new AtomicLong();
    private final Outbox outbox;
    private final ObjectProvider<OutboxFollower> follower;
    private final ObjectProvider<SearchIndex> searchIndex;

    PublishedReadCache(Outbox outbox, ObjectProvider<OutboxFollower> follower, ObjectProvider<SearchIndex> searchIndex,
            @Value("${proximite.read-cache.budget-bytes:33554432}") long budgetBytes) {
        this.outbox = outbox;
        this.follower = follower;
        this.searchIndex = searchIndex;
        this.budgetBytes = budgetBytes;
    }

    /** One answer as sent, gzipped once. */
    private record Answer(byte[] json, byte[] gzipped, String etag, String contentType) {}

    /** One item without {@code lang}: a signed-in person's request for the whole item, drafts included. */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("/api/v1/(practices|initiatives)/[^/]+");
    private static final String KEPT_OUT = PublishedReadCache.class.getName() + ".keptOut";

    /** Marks an answer that carries drafts or is meant for one person: it is never kept. */
    static void keepOut(HttpServletRequest request) {
        request.setAttribute(KEPT_OUT, Boolean.TRUE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || CACHED_PATHS.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                || asksForEditorsCopy(request, path);
    }

    /**
     * With credentials, an item asked without {@code lang} is the editor's copy (drafts included):
     * neither served from the cache (which holds the published answer to the same address) nor kept.
     */
    private static boolean asksForEditorsCopy(HttpServletRequest request, String path) {
        boolean credentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() != null;
        return credentials && request.getParameter("lang") == null && ITEM.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (outbox.takeLocalAppends()) {
            // This instance wrote: read the outbox now, so that its own changes show at once.
            follower.getObject().poll();
        }
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Answer cached = answers.get(key);
        if (cached != null) {
            send(cached, request, response);
            return;
        }
        long before = generation.get();
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recording);
        byte[] body = recording.getContentAsByteArray();
        String contentType = recording.getContentType();
        if (recording.getStatus() != 200 || request.getAttribute(KEPT_OUT) != null || answersFromAnIndexBeingBuilt(key) || contentType == null || !(contentType.startsWith("application/json") || contentType.startsWith("text/html"))
                || body.length > MAX_BODY) {
            recording.copyBodyToResponse();
            return;
        }
        Answer answer = new Answer(body, gzip(body), etag(body), contentType);
        // An answer computed while a change came in may be older than that change: not kept.
        long weight = (long) answer.json().length + answer.gzipped().length;
        if (generation.get() == before && keptBytes.get() + weight <= budgetBytes && answers.putIfAbsent(key, answer) == null) {
            keptBytes.addAndGet(weight);
        }
        recording.resetBuffer();
        send(answer, request, response);
    }

    /** A search answered while the index is built again would outlive the rebuild: not kept. */
    private boolean answersFromAnIndexBeingBuilt(String key) {
        return (key.startsWith("/api/v1/search") || key.matches("/guide/[^/]+/search.*")) && searchIndex.getObject().isBuilding();
    }

    private static void send(Answer answer, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, answer.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader("X-Content-Type-Options", "nosniff");
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.contains(answer.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        String encodings = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        byte[] body = encodings != null && encodings.contains("gzip") ? answer.gzipped() : answer.json();
        if (body == answer.gzipped()) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public void onChanges(List<OutboxEvent> events) {
        if (events.stream().allMatch(OutboxEvent::isAccountChange)) {
            // Sign-ins and account changes change nothing readers see.
            return;
        }
        generation.incrementAndGet();
        answers.clear();
        keptBytes.set(0);
    }

    /** What the kept answers weigh, as sent and gzipped: for tests and metrics. */
    long keptBytes() {
        return keptBytes.get();
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

}
