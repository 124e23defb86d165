package org.proximite.web.chapter;

import java.io.IOException;
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

    private final ProximiteProperties properties;
    private final ShippedChapters shipped;
    private final ChapterLoader loader;

    ChapterBootstrap(ProximiteProperties properties, ShippedChapters shipped, ChapterLoader loader) {
        this.properties = properties;
        this.shipped = shipped;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path plugins = properties.dataDir().resolve("plugins").toAbsolutePath().normalize();
        try {
            shipped.installInto(plugins, ChapterBootstrap.class.getClassLoader());
            LoadReport report = loader.loadAll(plugins);
            log.info("Chapters in {}: {} imported, {} unchanged, {} skipped", plugins,
                    report.imported().size(), report.unchanged().size(), report.failed().size());
        } catch (IOException e) {
            throw new UncheckedIOException("The plugins folder " + plugins + " cannot be used", e);
        }
    }
}
