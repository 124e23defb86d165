package org.proximite.core.chapter.running;

import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * The start-up pass: the real Guinea chapter, installed through the lifecycle, comes back from the
 * database at every start; what the database does not record is set aside, never imported.
 */
class ChapterLoaderIT {

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    private Path plugins() {
        return ChapterFolders.in(dataDir).plugins();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importsTheGuineaChapterInFrenchAndEnglish(TestDatabase database) {
        CoreServices core = CoreServices.on(database);

        core.install(TestChapterJars.guinea(), dataDir);

        assertThat(core.chapters().list("fr")).singleElement().satisfies(chapter -> {
            assertThat(chapter.name()).contains("Guinée");
            assertThat(chapter.languages()).containsExactly("fr", "en");
            assertThat(chapter.practiceCount()).isEqualTo(10);
            assertThat(chapter.initiativeCount()).isEqualTo(4);
        });
        var french = core.practices().find("local-security-council", "fr", false).orElseThrow();
        var english = core.practices().find("local-security-council", "en", false).orElseThrow();
        assertThat(french.shown().fallback()).isFalse();
        assertThat(french.shown().text().title()).contains("sécurité");
        assertThat(english.shown().text().title()).isEqualTo("Community safety and crime prevention council");
        assertThat(english.related()).isNotEmpty();
        assertThat(core.projects().list("en")).singleElement().satisfies(project -> {
            assertThat(project.name()).isEqualTo("Partners for Security in Guinea");
            assertThat(project.startYear()).isEqualTo(2015);
            assertThat(project.endYear()).isEqualTo(2020);
            assertThat(project.implementers()).hasSize(3).first().isEqualTo("PartnersGlobal");
            assertThat(project.funders()).singleElement().asString().contains("International Narcotics and Law Enforcement");
        });
        assertThat(core.chapters().pages("guinea", "en")).singleElement().satisfies(page -> {
            assertThat(page.title()).isEqualTo("The Partners for Security in Guinea project");
            assertThat(page.body()).contains("community policing");
            assertThat(page.fallback()).isFalse();
        });
        var shareFair = core.initiatives().find("share-fair", "en", false).orElseThrow();
        assertThat(shareFair.facts().participantsTotal()).isEqualTo(400);
        assertThat(shareFair.organisations()).contains("PartnersGlobal");
        assertThat(shareFair.practices()).extracting("slug").contains("culture-and-sport-for-trust");
        assertThat(core.events().recent(10)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(ChapterAction.INSTALL);
            assertThat(event.succeeded()).isTrue();
            assertThat(event.toVersion()).isEqualTo("1.0.0");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void restartingChangesNothing(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        int practices = org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE);
        int texts = core.dsl().fetchCount(org.proximite.db.jooq.Tables.CONTENT_TEXT);

        LoadReport second = core.newLoader().loadAll(plugins());

        assertThat(second.started()).containsExactly("guinea");
        assertThat(second.restored()).isEmpty();
        assertThat(second.setAside()).isEmpty();
        assertThat(org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE)).isEqualTo(practices);
        assertThat(core.dsl().fetchCount(org.proximite.db.jooq.Tables.CONTENT_TEXT)).isEqualTo(texts);
        assertThat(core.events().recent(10)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJarDroppedIntoTheFolderIsSetAsideAndReportedNotImported(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        Files.createDirectories(plugins());
        Files.copy(TestChapterJars.guinea(), plugins().resolve("guinea.jar"));

        LoadReport report = core.newLoader().loadAll(plugins());

        assertThat(report.setAside()).containsExactly("guinea.jar");
        assertThat(report.started()).isEmpty();
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
        assertThat(org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE)).isZero();
        assertThat(plugins().resolve("guinea.jar")).doesNotExist();
        assertThat(plugins().resolve("set-aside")).isDirectoryContaining("glob:**/*-guinea.jar");
        assertThat(core.events().recent(10)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(ChapterAction.SET_ASIDE);
            assertThat(event.succeeded()).isFalse();
            assertThat(event.reasons()).singleElement().satisfies(reason -> {
                assertThat(LifecycleReason.FOLDER_SET_ASIDE.is(reason)).isTrue();
                assertThat(reason.arguments()).contains("guinea.jar", "guinea", "1.0.0");
            });
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewerVersionDroppedIntoTheFolderDoesNotReplaceTheInstalledOne(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        Path newer = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.1.0.jar"),
                Map.of("Plugin-Version", "1.1.0"), Map.of(), text -> text.replace("Forum de dialogue", "Forum d’échange"));
        Files.copy(newer, plugins().resolve("guinea-1.1.0.jar"));

        LoadReport report = core.newLoader().loadAll(plugins());

        assertThat(report.setAside()).containsExactly("guinea-1.1.0.jar");
        assertThat(report.started()).containsExactly("guinea");
        assertThat(core.dsl().fetchValue(CHAPTER.PLUGIN_VERSION, CHAPTER.ID.eq("guinea"))).isEqualTo("1.0.0");
        assertThat(core.practices().find("police-community-dialogue-forum", "fr", false).orElseThrow().shown().text().title()).contains("Forum de dialogue");
        assertThat(plugins()).isDirectoryContaining("glob:**/guinea-1.0.0.jar").isDirectoryNotContaining("glob:**/guinea-1.1.0.jar");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorruptJarIsSetAsideAndTheInstalledChaptersStillStart(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        Files.write(plugins().resolve("broken.jar"), "this is not a zip file".getBytes());

        LoadReport report = core.newLoader().loadAll(plugins());

        assertThat(report.started()).containsExactly("guinea");
        assertThat(report.setAside()).containsExactly("broken.jar");
        assertThat(core.events().recent(10)).anySatisfy(event -> {
            assertThat(event.source()).isEqualTo("broken.jar");
            assertThat(event.succeeded()).isFalse();
            assertThat(event.reasons()).singleElement().satisfies(reason -> assertThat(LifecycleReason.FOLDER_UNREADABLE.is(reason)).isTrue());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCodeJarDroppedIntoTheFolderNeverRuns(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        Files.createDirectories(plugins());
        TestChapterJars.variant(TestChapterJars.guinea(), plugins().resolve("guinea.jar"), Map.of("Plugin-Class", "org.example.Evil"), Map.of());

        ChapterLoader loader = core.newLoader();
        LoadReport report = loader.loadAll(plugins());

        assertThat(report.setAside()).containsExactly("guinea.jar");
        assertThat(loader.loadedChapters()).isEmpty();
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void garbledTextIsRefusedWithTheRepairedReading(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        Path garbled = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea.jar"), Map.of(), Map.of(),
                text -> text.replace("Forum de dialogue entre la police", "Forum de dialogue journĂ©es entre la police"));

        assertThat(refusal(core, garbled)).anySatisfy(reason -> assertThat(reason.toString()).contains("garbled").contains("journées"));
        assertThat(org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE)).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChapterForAnotherHostVersionIsRefused(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        Path other = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea.jar"), Map.of("Plugin-Requires", ">=5.0.0 & <6.0.0"), Map.of());

        assertThat(refusal(core, other)).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("requires.excludes-host");
            assertThat(reason.toString()).contains("requires Proximité >=5.0.0 & <6.0.0 but this host is 0.1.0");
        });
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInstalledChapterThatNoLongerFitsTheHostIsMarkedIncompatibleAndHidden(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        // As after an upgrade of the host past the chapter's range: the recorded range excludes this host.
        core.dsl().update(CHAPTER).set(CHAPTER.REQUIRES, ">=5.0.0 & <6.0.0").execute();

        ChapterLoader loader = core.newLoader();
        LoadReport report = loader.loadAll(plugins());

        assertThat(report.started()).isEmpty();
        assertThat(core.dsl().fetchValue(CHAPTER.STATE, CHAPTER.ID.eq("guinea"))).isEqualTo("INCOMPATIBLE");
        assertThat(core.dsl().fetchValue(CHAPTER.STATE_REASON, CHAPTER.ID.eq("guinea"))).contains(">=5.0.0 & <6.0.0");
        assertThat(core.chapters().list("fr").getFirst().stateReasons())
                .singleElement().satisfies(reason -> assertThat(reason.code()).isEqualTo("requires.excludes-host"));
        assertThat(core.practices().list(PracticeFilter.published("fr"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJarWhoseBytesChangedInTheFolderIsReplacedByTheRecordedOne(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        Path tampered = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("tampered.jar"), Map.of(),
                Map.of(ChapterLayout.PRACTICES + "extra.yaml", "themes: [x]"));
        Files.copy(tampered, plugins().resolve("guinea-1.0.0.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        LoadReport report = core.newLoader().loadAll(plugins());

        assertThat(report.setAside()).containsExactly("guinea-1.0.0.jar");
        assertThat(report.restored()).containsExactly("guinea");
        assertThat(Files.readAllBytes(plugins().resolve("guinea-1.0.0.jar")))
                .isEqualTo(core.dsl().fetchValue(CHAPTER_PACKAGE.CONTENT, CHAPTER_PACKAGE.CHAPTER_ID.eq("guinea")));
    }

    private List<Reason> refusal(CoreServices core, Path jar) throws IOException {
        try {
            core.newLifecycle().prepare("guinea.jar", Files.readAllBytes(jar), ChapterFolders.in(dataDir), List.of(), ADMIN);
            throw new AssertionError(jar.getFileName() + " was accepted");
        } catch (ChapterRefusedException e) {
            return e.reasons();
        }
    }
}
