package org.proximite.core.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.db.jooq.Tables.CHAPTER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.format.jar.ChapterJar;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/** The real Guinea chapter jar, loaded by PF4J and imported, on H2 and on PostgreSQL. */
class ChapterLoaderIT {

    @TempDir
    Path plugins;

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importsTheGuineaChapterInFrenchAndEnglish(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        Files.copy(TestChapterJars.guinea(), plugins.resolve("guinea.jar"));

        LoadReport report = core.newLoader().loadAll(plugins);

        assertThat(report.failed()).isEmpty();
        assertThat(report.imported()).containsExactly("guinea");
        assertThat(core.chapters().list("fr")).singleElement().satisfies(chapter -> {
            assertThat(chapter.name()).contains("Guinée");
            assertThat(chapter.languages()).containsExactly("fr", "en");
            assertThat(chapter.practiceCount()).isEqualTo(10);
            assertThat(chapter.initiativeCount()).isEqualTo(5);
        });
        var french = core.practices().find("local-security-council", "fr", false).orElseThrow();
        var english = core.practices().find("local-security-council", "en", false).orElseThrow();
        assertThat(french.shown().fallback()).isFalse();
        assertThat(french.shown().text().title()).contains("sécurité");
        assertThat(english.shown().text().title()).isEqualTo("Local community safety and crime prevention council");
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
    void restartingImportsNothingTwice(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        Files.copy(TestChapterJars.guinea(), plugins.resolve("guinea.jar"));
        core.newLoader().loadAll(plugins);
        int practices = ContentFixtures.items(core.dsl(), ItemKind.PRACTICE);
        int texts = ContentFixtures.texts(core.dsl(), ItemKind.PRACTICE);

        LoadReport second = core.newLoader().loadAll(plugins);

        assertThat(second.unchanged()).containsExactly("guinea");
        assertThat(second.imported()).isEmpty();
        assertThat(ContentFixtures.items(core.dsl(), ItemKind.PRACTICE)).isEqualTo(practices);
        assertThat(ContentFixtures.texts(core.dsl(), ItemKind.PRACTICE)).isEqualTo(texts);
        assertThat(core.events().recent(10)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void newerVersionUpdatesContentButKeepsLocalEdits(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        Files.copy(TestChapterJars.guinea(), plugins.resolve("guinea-1.0.0.jar"));
        core.newLoader().loadAll(plugins);
        ContentFixtures.editPractice(core, "youth-leaders-engagement", "fr", "title", "Titre modifié ici");

        Path newer = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.1.0.jar"),
                Map.of("Plugin-Version", "1.1.0"), Map.of(), text -> text.replace("Forum de dialogue", "Forum d’échange"));
        Files.delete(plugins.resolve("guinea-1.0.0.jar"));
        Files.copy(newer, plugins.resolve("guinea-1.1.0.jar"));
        LoadReport report = core.newLoader().loadAll(plugins);

        assertThat(report.imported()).containsExactly("guinea");
        assertThat(core.dsl().select(CHAPTER.PLUGIN_VERSION).from(CHAPTER).fetchOne(CHAPTER.PLUGIN_VERSION)).isEqualTo("1.1.0");
        assertThat(core.practices().find("police-community-dialogue-forum", "fr", false).orElseThrow().shown().text().title())
                .contains("Forum d’échange");
        assertThat(core.practices().find("youth-leaders-engagement", "fr", false).orElseThrow().shown().text().title())
                .isEqualTo("Titre modifié ici");
        assertThat(core.events().recent(1).getFirst().message()).contains("local edits kept: youth-leaders-engagement");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void corruptJarIsSkippedAndTheOthersStillLoad(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        Files.write(plugins.resolve("broken.jar"), "this is not a zip file".getBytes());
        Files.copy(TestChapterJars.guinea(), plugins.resolve("guinea.jar"));

        LoadReport report = core.newLoader().loadAll(plugins);

        assertThat(report.imported()).containsExactly("guinea");
        assertThat(report.failed()).singleElement().asString().startsWith("broken.jar").contains("not a readable chapter jar");
        assertThat(core.events().recent(10)).anySatisfy(event -> {
            assertThat(event.source()).isEqualTo("broken.jar");
            assertThat(event.succeeded()).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void invalidContentImportsNothingAndSaysWhereTheProblemIs(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        String practice = TestChapterJars.read(TestChapterJars.guinea(), ChapterLayout.PRACTICES + "local-security-plan.yaml");
        Path broken = TestChapterJars.variant(TestChapterJars.guinea(), plugins.resolve("guinea.jar"), Map.of(),
                Map.of(ChapterLayout.PRACTICES + "local-security-plan.yaml",
                        practice.replaceFirst("related: \\[", "related: [no-such-practice, ")));

        LoadReport report = core.newLoader().loadAll(plugins);

        assertThat(report.imported()).isEmpty();
        assertThat(report.failed()).singleElement().asString()
                .contains("chapter/practices/local-security-plan.yaml [related]")
                .contains("no-such-practice");
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
        assertThat(ContentFixtures.items(core.dsl(), ItemKind.PRACTICE)).isZero();
        assertThat(ContentFixtures.items(core.dsl(), ItemKind.INITIATIVE)).isZero();
        assertThat(broken).exists();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void garbledTextIsRefusedWithTheRepairedReading(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        TestChapterJars.variant(TestChapterJars.guinea(), plugins.resolve("guinea.jar"), Map.of(), Map.of(),
                text -> text.replace("Forum de dialogue entre la police", "Forum de dialogue journĂ©es entre la police"));

        LoadReport report = core.newLoader().loadAll(plugins);

        assertThat(report.failed()).singleElement().asString().contains("garbled").contains("journées");
        assertThat(ContentFixtures.items(core.dsl(), ItemKind.PRACTICE)).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void chapterForAnotherHostVersionIsRefused(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        TestChapterJars.variant(TestChapterJars.guinea(), plugins.resolve("guinea.jar"),
                Map.of("Plugin-Requires", ">=5.0.0 & <6.0.0"), Map.of());

        LoadReport report = core.newLoader().loadAll(plugins);

        assertThat(report.failed()).singleElement().asString().contains("requires Proximité >=5.0.0 & <6.0.0 but this host is 0.1.0");
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInstalledChapterThatNoLongerFitsTheHostIsMarkedIncompatibleAndHidden(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        Files.copy(TestChapterJars.guinea(), plugins.resolve("guinea.jar"));
        core.newLoader().loadAll(plugins);
        // As after an upgrade of the host past the chapter's range: same chapter version, a range that excludes this host.
        Path narrowed = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea.jar"),
                Map.of("Plugin-Requires", ">=5.0.0 & <6.0.0"), Map.of());
        Files.copy(narrowed, plugins.resolve("guinea.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        core.dsl().update(CHAPTER).set(CHAPTER.CONTENT_SHA256, ChapterJar.sha256(narrowed)).execute();
        core.dsl().update(org.proximite.db.jooq.Tables.CHAPTER_PACKAGE).set(org.proximite.db.jooq.Tables.CHAPTER_PACKAGE.CONTENT, Files.readAllBytes(narrowed)).execute();

        core.newLoader().loadAll(plugins);

        assertThat(core.dsl().fetchValue(CHAPTER.STATE, CHAPTER.ID.eq("guinea"))).isEqualTo("INCOMPATIBLE");
        assertThat(core.dsl().fetchValue(CHAPTER.STATE_REASON, CHAPTER.ID.eq("guinea"))).contains(">=5.0.0 & <6.0.0");
        assertThat(core.practices().list(org.proximite.core.practice.PracticeFilter.published("fr"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void chapterWithCodeIsNotLoaded(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        TestChapterJars.variant(TestChapterJars.guinea(), plugins.resolve("guinea.jar"),
                Map.of("Plugin-Class", "org.example.Evil"), Map.of());

        LoadReport report = core.newLoader().loadAll(plugins);

        assertThat(report.failed()).singleElement().asString().contains("carries code");
        assertThat(core.newLoader().startedChapters()).isEmpty();
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
    }
}
