package org.proximite.web.chapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.installing.ChapterStartup;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.core.chapter.running.LoadReport;
import org.proximite.web.ProximiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start: brings this instance's chapters in line with the database, installs the shipped
 * chapters into a fresh database, and applies the operator's chapter settings. A bad chapter is
 * reported and marked; the application starts anyway.
 */
@Component
class ChapterBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChapterBootstrap.class);

    private final ProximiteProperties properties;
    private final ChapterStartup startup;
    private final ChapterSettings settings;
    private final ChapterLoader loader;

    ChapterBootstrap(ProximiteProperties properties, ChapterStartup startup, ChapterSettings settings, ChapterLoader loader) {
        this.properties = properties;
        this.startup = startup;
        this.settings = settings;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChapterFolders folders = ChapterFolders.in(properties.dataDir());
        try {
            LoadReport report = startup.start(folders, ChapterBootstrap.class.getClassLoader(), settings.present(), settings.absent());
            for (String chapter : loader.startedChapters()) {
                log.info("Chapter {} running", chapter);
            }
            if (!report.restored().isEmpty() || !report.setAside().isEmpty() || !report.failed().isEmpty()) {
                log.warn("Chapters in {}: {} restored from the database, {} set aside, failing: {}", folders.plugins(),
                        report.restored(), report.setAside(), report.failed());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The plugins folder " + folders.plugins() + " cannot be used", e);
        }
    }
}
