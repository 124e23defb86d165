package org.proximite.core.edition;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Creates editions, lists them and gives their files. Creating one records it as building and
 * answers at once; the snapshot of every language is read in one transaction, then the files are
 * rendered in the background from it, one language and format at a time
 * (the progress is recorded, so any instance can show it), then stored together with the READY
 * state in one transaction. A failure leaves the edition FAILED with its reason, and no file.
 */
@Service
public class Editions implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Editions.class);
    /** A building edition with no progress for that long was abandoned by its instance (stopped or dead). */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final EditionStore store;
    private final EditionSnapshots snapshots;
    private final List<EditionRenderer> renderers;
    private final Outbox outbox;
    private final Clock clock;
    private final Executor builder;

    @Autowired
    public Editions(EditionStore store, EditionSnapshots snapshots, List<EditionRenderer> renderers, Outbox outbox, Clock clock) {
        this(store, snapshots, renderers, outbox, clock, Executors.newSingleThreadExecutor(Thread.ofPlatform().name("edition-builder").daemon()
                .factory()));
    }

    /** With the executor that renders: a test's seam, to render on the caller's thread or to wait for a build. */
    Editions(EditionStore store, EditionSnapshots snapshots, List<EditionRenderer> renderers, Outbox outbox, Clock clock, Executor builder) {
        this.store = store;
        this.snapshots = snapshots;
        this.renderers = renderers.stream().sorted(Comparator.comparing(EditionRenderer::format)).toList();
        this.outbox = outbox;
        this.clock = clock;
        this.builder = builder;
    }

    /**
     * Starts a new edition of {@code scope} in {@code languages} (empty: every language of the
     * scope); answers at once with the edition, building.
     *
     * @throws EditionRefusedException for an inactive or unknown chapter, or a language the scope does not have
     * @throws org.proximite.core.actor.NotAllowedException when the actor may not publish editions
     */
    public Edition create(EditionScope scope, List<String> languages, Actor actor) {
        requireMayCreate(actor);
        if (!scope.isWholeGuide() && snapshots.activeChapter(scope.chapterId(), "en").isEmpty()) {
            throw new EditionRefusedException(EditionReason.of("edition.scope.unknown-chapter", scope.chapterId()));
        }
        List<String> offered = snapshots.languages(scope);
        List<String> chosen = languages == null || languages.isEmpty() ? offered : List.copyOf(new LinkedHashSet<>(languages));
        for (String language : chosen) {
            if (!offered.contains(language)) {
                throw new EditionRefusedException(EditionReason.of("edition.language.unknown", String.valueOf(language), String.join(", ", offered)));
            }
        }
        if (chosen.isEmpty() || renderers.isEmpty()) {
            throw new EditionRefusedException(EditionReason.of("edition.language.none"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.failAbandoned(now.minus(ABANDONED_AFTER), now);
        long id = store.insertBuilding(scope, chosen, chosen.size() * renderers.size(), actor.name(), now);
        Edition edition = store.find(id).orElseThrow();
        builder.execute(() -> build(edition));
        return edition;
    }

    /** Who may publish editions: coordinators and admins. */
    private static void requireMayCreate(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            actor.require(Role.COORDINATOR);
        }
    }

    /** Every edition, newest first; building ones with their progress, failed ones with their reason. */
    public List<Edition> list() {
        return store.list();
    }

    /** The edition with that key ({@code 3} for the guide's third, {@code guinea-2} for a chapter's second). */
    public Optional<Edition> find(String key) {
        return Edition.parseKey(key).flatMap(scoped -> store.find(scoped.scopeKey(), scoped.number()));
    }

    /** A file of a ready edition; empty for an unknown edition, language or format, or an edition not ready. */
    public Optional<EditionDownload> download(String key, String language, EditionFormat format) {
        return find(key).filter(edition -> edition.state() == EditionState.READY)
                .flatMap(edition -> edition.file(language, format)
                        .flatMap(file -> store.content(edition.id(), language, format).map(bytes -> new EditionDownload(edition, file, bytes))));
    }

    private void build(Edition edition) {
        List<EditionStore.RenderedFile> files = new ArrayList<>();
        String language = null;
        EditionFormat format = null;
        try {
            List<EditionSnapshot> read = snapshots.readAll(edition, edition.createdAt());
            for (EditionSnapshot snapshot : read) {
                language = snapshot.language();
                for (EditionRenderer renderer : renderers) {
                    format = renderer.format();
                    byte[] content = renderer.render(snapshot);
                    files.add(new EditionStore.RenderedFile(language, format, content, sha256(content)));
                    store.progress(edition.id(), files.size(), OffsetDateTime.now(clock));
                }
            }
            Consumer<org.jooq.DSLContext> announce = tx -> outbox.append(tx,
                    OutboxEvent.of(edition.createdBy(), ChangeKind.EDITION_READY, null, edition.key(), null, edition.number(), edition.scope().chapterId()));
            store.completeWith(edition.id(), files, OffsetDateTime.now(clock), announce);
        } catch (EditionRefusedException e) {
            fail(edition, e.reason(), e);
        } catch (RuntimeException | Error e) {
            EditionReason reason = format == null
                    ? EditionReason.of("edition.failed.snapshot", String.valueOf(language == null ? String.join(", ", edition.languages()) : language))
                    : EditionReason.of("edition.failed.render", language, format.extension());
            fail(edition, reason, e);
        }
    }

    private void fail(Edition edition, EditionReason reason, Throwable cause) {
        log.warn("Edition {} failed: {} {}", edition.key(), reason.code(), reason.parameters(), cause);
        try {
            store.fail(edition.id(), reason, OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            // The database is away: the edition stays BUILDING until it counts as abandoned.
            log.warn("Edition {} could not be marked failed", edition.key(), e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Lets a build under way finish (never interrupted: it may hold a database connection). */
    @Override
    public void destroy() {
        if (builder instanceof ExecutorService service) {
            service.shutdown();
        }
    }
}
