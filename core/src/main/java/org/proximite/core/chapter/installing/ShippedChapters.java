package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.SHIPPED_CHAPTER_OFFER;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import org.jooq.DSLContext;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.actor.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Installs the chapters built with the application, through the same lifecycle as an upload. A
 * shipped chapter is offered once: after an admin removes it, it does not come back. When the
 * application brings a newer version of a chapter that is still installed, that version is
 * applied, unless its plan needs an admin's decision: then it waits for the admin.
 *
 * <p>The application lists its shipped jars, one file name per line, in
 * {@code shipped-chapters/index.txt} on its class path, beside the jars.
 */
@Service
public class ShippedChapters {

    private static final Logger log = LoggerFactory.getLogger(ShippedChapters.class);
    static final String FOLDER = "shipped-chapters/";
    static final Actor ACTOR = Actor.system("system");

    private final DSLContext dsl;
    private final ChapterLifecycle lifecycle;
    private final ChapterEvents events;
    private final Clock clock;
    private final VersionManager versions = new DefaultVersionManager();

    public ShippedChapters(DSLContext dsl, ChapterLifecycle lifecycle, ChapterEvents events, Clock clock) {
        this.dsl = dsl;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    /** Installs the shipped chapters that should be; returns the ids installed or upgraded. */
    public List<String> install(ChapterFolders folders, ClassLoader classLoader) throws IOException {
        List<String> installed = new ArrayList<>();
        for (String name : index(classLoader)) {
            byte[] jar = read(classLoader, name);
            Optional<String[]> idAndVersion = jar == null ? Optional.empty() : idAndVersion(jar);
            if (idAndVersion.isEmpty()) {
                log.error("Shipped chapter {} is listed but missing or unreadable in the application", name);
                continue;
            }
            String id = idAndVersion.get()[0];
            String version = idAndVersion.get()[1];
            if (shouldInstall(id, version) && install(folders, name, jar, id, version, ACTOR)) {
                recordOffer(id, version);
                installed.add(id);
            }
        }
        return installed;
    }

    /** Installs the shipped chapter of this id, whether or not it was offered before (an operator asks for it). */
    public boolean installById(ChapterFolders folders, ClassLoader classLoader, String chapterId, Actor actor) throws IOException {
        byte[] jar = read(classLoader, chapterId + ".jar");
        Optional<String[]> idAndVersion = jar == null ? Optional.empty() : idAndVersion(jar);
        if (idAndVersion.isEmpty() || !idAndVersion.get()[0].equals(chapterId)) {
            log.error("No shipped chapter has the id '{}'", chapterId);
            return false;
        }
        return install(folders, chapterId + ".jar", jar, chapterId, idAndVersion.get()[1], actor);
    }

    private boolean install(ChapterFolders folders, String name, byte[] jar, String id, String version, Actor actor) {
        try {
            InstallPlan plan = lifecycle.prepare(name, jar, folders, List.of(), actor);
            List<Reason> open = plan.openWith(Answers.none());
            if (!open.isEmpty()) {
                log.warn("Shipped chapter {} {} waits for an admin: {}", id, version, open);
                events.record(id, name, ChapterAction.REFUSE, false, plan.fromVersion(), version,
                        List.of(LifecycleReason.SHIPPED_WAITS.with(id, version)), actor.name());
                return false;
            }
            lifecycle.apply(plan.id(), Answers.none(), folders, actor);
            log.debug("Shipped chapter {} {} installed", id, version);
            return true;
        } catch (ChapterRefusedException e) {
            log.error("Shipped chapter {} {} could not be installed: {}", id, version, e.getMessage());
            return false;
        }
    }

    private boolean shouldInstall(String id, String version) {
        boolean offered = dsl.fetchExists(SHIPPED_CHAPTER_OFFER, SHIPPED_CHAPTER_OFFER.CHAPTER_ID.eq(id));
        String installed = dsl.select(CHAPTER.PLUGIN_VERSION).from(CHAPTER).where(CHAPTER.ID.eq(id)).fetchOne(CHAPTER.PLUGIN_VERSION);
        return offered ? installed != null && versions.compareVersions(version, installed) > 0 : installed == null;
    }

    private void recordOffer(String id, String version) {
        int updated = dsl.update(SHIPPED_CHAPTER_OFFER)
                .set(SHIPPED_CHAPTER_OFFER.VERSION, version)
                .set(SHIPPED_CHAPTER_OFFER.OFFERED_AT, OffsetDateTime.now(clock))
                .where(SHIPPED_CHAPTER_OFFER.CHAPTER_ID.eq(id))
                .execute();
        if (updated == 0) {
            dsl.insertInto(SHIPPED_CHAPTER_OFFER)
                    .set(SHIPPED_CHAPTER_OFFER.CHAPTER_ID, id)
                    .set(SHIPPED_CHAPTER_OFFER.VERSION, version)
                    .set(SHIPPED_CHAPTER_OFFER.OFFERED_AT, OffsetDateTime.now(clock))
                    .onConflictDoNothing()
                    .execute();
        }
    }

    /** Plugin-Id and Plugin-Version from the jar's manifest, or empty. */
    private static Optional<String[]> idAndVersion(byte[] jar) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Attributes attributes = in.getManifest() == null ? null : in.getManifest().getMainAttributes();
            String id = attributes == null ? null : attributes.getValue("Plugin-Id");
            String version = attributes == null ? null : attributes.getValue("Plugin-Version");
            return id == null || version == null ? Optional.empty() : Optional.of(new String[] {id.strip(), version.strip()});
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] read(ClassLoader classLoader, String name) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(FOLDER + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static List<String> index(ClassLoader classLoader) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            }
        }
    }
}
