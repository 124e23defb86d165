package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.SHIPPED_CHAPTER_OFFER;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.jar.ChapterJar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Puts the chapters built with the application into the plugins folder. A shipped chapter is
 * offered once: after an admin removes it, it does not come back. When the application brings a
 * newer version of a chapter that is still installed, the newer jar replaces the older one.
 *
 * <p>The application lists its shipped jars, one file name per line, in
 * {@code shipped-chapters/index.txt} on its class path, beside the jars.
 */
@Service
public class ShippedChapters {

    private static final Logger log = LoggerFactory.getLogger(ShippedChapters.class);
    static final String FOLDER = "shipped-chapters/";

    private final DSLContext dsl;
    private final Clock clock;
    private final VersionManager versions = new DefaultVersionManager();

    public ShippedChapters(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Copies into the folder the shipped chapters it should have; returns the files written. */
    public List<Path> installInto(Path pluginsDir, ClassLoader classLoader) throws IOException {
        Files.createDirectories(pluginsDir);
        List<Path> written = new ArrayList<>();
        for (String name : index(classLoader)) {
            Path staged = Files.createTempFile(pluginsDir, ".shipped-", ".tmp");
            try {
                try (InputStream in = classLoader.getResourceAsStream(FOLDER + name)) {
                    if (in == null) {
                        log.error("Shipped chapter {} is listed but missing from the application", name);
                        continue;
                    }
                    Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);
                }
                ChapterJar jar = inspect(staged);
                if (shouldInstall(jar)) {
                    Path target = pluginsDir.resolve(jar.pluginId() + "-" + jar.version() + ".jar");
                    removeOlderJars(pluginsDir, jar.pluginId(), target);
                    Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    recordOffer(jar);
                    written.add(target);
                    log.info("Shipped chapter {} {} put into {}", jar.pluginId(), jar.version(), pluginsDir);
                }
            } finally {
                Files.deleteIfExists(staged);
            }
        }
        return written;
    }

    private boolean shouldInstall(ChapterJar jar) {
        boolean offered = dsl.fetchExists(SHIPPED_CHAPTER_OFFER, SHIPPED_CHAPTER_OFFER.CHAPTER_ID.eq(jar.pluginId()));
        if (!offered) {
            return true;
        }
        String installed = dsl.select(CHAPTER.PLUGIN_VERSION).from(CHAPTER).where(CHAPTER.ID.eq(jar.pluginId())).fetchOne(CHAPTER.PLUGIN_VERSION);
        return installed != null && versions.compareVersions(jar.version(), installed) > 0;
    }

    private void recordOffer(ChapterJar jar) {
        int updated = dsl.update(SHIPPED_CHAPTER_OFFER)
                .set(SHIPPED_CHAPTER_OFFER.VERSION, jar.version())
                .set(SHIPPED_CHAPTER_OFFER.OFFERED_AT, OffsetDateTime.now(clock))
                .where(SHIPPED_CHAPTER_OFFER.CHAPTER_ID.eq(jar.pluginId()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(SHIPPED_CHAPTER_OFFER)
                    .set(SHIPPED_CHAPTER_OFFER.CHAPTER_ID, jar.pluginId())
                    .set(SHIPPED_CHAPTER_OFFER.VERSION, jar.version())
                    .set(SHIPPED_CHAPTER_OFFER.OFFERED_AT, OffsetDateTime.now(clock))
                    .execute();
        }
    }

    private static void removeOlderJars(Path pluginsDir, String pluginId, Path keep) throws IOException {
        try (Stream<Path> files = Files.list(pluginsDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList()) {
                if (!file.equals(keep) && pluginId.equals(pluginIdOf(file))) {
                    Files.delete(file);
                }
            }
        }
    }

    private static String pluginIdOf(Path jar) {
        try {
            return ChapterJar.inspect(jar).pluginId();
        } catch (IOException | ChapterRefusedException e) {
            return null;
        }
    }

    /** A shipped chapter is part of this build: one the format refuses is a broken build. */
    private static ChapterJar inspect(Path jar) throws IOException {
        try {
            return ChapterJar.inspect(jar);
        } catch (ChapterRefusedException e) {
            throw new IOException("a shipped chapter is refused: " + e.getMessage(), e);
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
