package org.proximite.web.chapter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterRejectedException;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.chapter.InstallPlan;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.proximite.core.chapter.ChapterLoader;
import org.proximite.core.chapter.LoadReport;
import org.proximite.core.chapter.ShippedChapters;
import org.proximite.web.ProximiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start: puts the shipped chapters into a fresh data dir, then loads every chapter jar of
 * {@code <data dir>/plugins}. A bad chapter is reported and skipped; the application starts anyway.
 */
@Component
class ChapterBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChapterBootstrap.class);

    static final String OPERATOR = "operator";

    private final ProximiteProperties properties;
    private final ShippedChapters shipped;
    private final ChapterLoader loader;
    private final ChapterSettings settings;
    private final ChapterAdministration administration;
    private final ChapterQueries chapters;

    ChapterBootstrap(ProximiteProperties properties, ShippedChapters shipped, ChapterLoader loader, ChapterSettings settings,
            ChapterAdministration administration, ChapterQueries chapters) {
        this.properties = properties;
        this.shipped = shipped;
        this.loader = loader;
        this.settings = settings;
        this.administration = administration;
        this.chapters = chapters;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path plugins = properties.dataDir().resolve("plugins").toAbsolutePath().normalize();
        try {
            shipped.installInto(plugins, ChapterBootstrap.class.getClassLoader());
            LoadReport report = loader.loadAll(plugins);
            log.info("Chapters in {}: {} imported, {} unchanged, {} skipped", plugins,
                    report.imported().size(), report.unchanged().size(), report.failed().size());
            applyOperatorSettings();
        } catch (IOException e) {
            throw new UncheckedIOException("The plugins folder " + plugins + " cannot be used", e);
        }
    }

    /** Installs the shipped chapters that must be present and removes those that must be absent. */
    private void applyOperatorSettings() {
        Set<String> installed = chapters.list("en").stream().map(ChapterSummary::id).collect(Collectors.toSet());
        for (String id : settings.present()) {
            if (installed.contains(id)) {
                continue;
            }
            byte[] jar = shippedJar(id);
            if (jar == null) {
                log.error("proximite.chapters.present names '{}', but no chapter of that id ships with this build", id);
                continue;
            }
            try {
                InstallPlan plan = administration.prepare(id + ".jar", jar, OPERATOR);
                administration.apply(plan.id(), false, OPERATOR);
                log.info("Chapter {} installed because proximite.chapters.present lists it", id);
            } catch (ChapterRejectedException e) {
                log.error("Chapter {} listed in proximite.chapters.present could not be installed: {}", id, e.getMessage());
            }
        }
        for (String id : settings.absent()) {
            if (!installed.contains(id)) {
                continue;
            }
            try {
                administration.uninstall(id, true, OPERATOR);
                log.info("Chapter {} removed (content archived) because proximite.chapters.absent lists it", id);
            } catch (ChapterRejectedException e) {
                log.error("Chapter {} listed in proximite.chapters.absent could not be removed: {}", id, e.getMessage());
            }
        }
    }

    private static byte[] shippedJar(String id) {
        try (InputStream in = ChapterBootstrap.class.getResourceAsStream("/shipped-chapters/" + id + ".jar")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
