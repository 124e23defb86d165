package org.proximite.chapter.format.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.TestChapter;

/** The server's checks, run by an author on a folder or a built jar, without a server. */
class OfflineChapterCheckTest {

    @TempDir
    Path dir;

    TestChapter chapter;

    @BeforeEach
    void writeAChapterThatPasses() throws Exception {
        chapter = TestChapter.in(dir.resolve("sample"));
    }

    private static List<String> problems(CheckReport report) {
        return report.problems().stream().map(Reason::toString).toList();
    }

    @Test
    void aFolderPassesWithTheManifestItsPomWrites() {
        CheckReport report = OfflineChapterCheck.check(chapter.folder(), List.of());

        assertThat(problems(report)).isEmpty();
        assertThat(report.notices()).isEmpty();
    }

    @Test
    void aFolderIsCheckedAgainstThePluginRequiresOfItsPom() {
        chapter.pom(">=0.1.0", null);

        assertThat(problems(OfflineChapterCheck.check(chapter.folder(), List.of())))
                .containsExactly("Plugin-Requires '>=0.1.0' has no upper bound: add one, e.g. '>=0.1.0 & <1.0.0'");
    }

    @Test
    void aFolderWhosePomDoesNotWriteTheRequirementIsRefusedAsTheJarWouldBe() {
        chapter.pom(null, null);

        assertThat(OfflineChapterCheck.check(chapter.folder(), List.of()).problems()).extracting(Reason::code)
                .containsExactly("requires.missing");
    }

    @Test
    void aFolderIsCheckedAgainstThePluginDependenciesOfItsPom() throws Exception {
        DependencyChapter guinea = dependency("guinea", "1.0.0", "police-community-dialogue-forum");
        chapter.pom(TestChapter.REQUIRES, "guniea@>=1.0.0 & <2.0.0");

        assertThat(problems(OfflineChapterCheck.check(chapter.folder(), List.of(guinea)))).containsExactlyInAnyOrder(
                "it needs the chapter 'guniea' (>=1.0.0 & <2.0.0), which was not given; did you mean 'guinea'?",
                "the chapter 'guinea' was given with --depends-on, but Plugin-Dependencies does not name it, so a server would ignore it: "
                        + "add guinea@>=1.0.0 & <2.0.0");
    }

    @Test
    void aMissingDependencyIsOneProblemNotOnePerReferenceToItsPractices() throws Exception {
        chapter.pom(TestChapter.REQUIRES, "guinea@>=1.0.0 & <2.0.0");
        chapter.write("chapter/initiatives/share-fair.yaml", """
                kind: event
                practices: [local-security-council, police-community-dialogue-forum]
                fr: {title: Foire, summary: Deux jours.}
                """);
        chapter.write("chapter/adaptations/police-community-dialogue-forum.yaml", """
                practice: police-community-dialogue-forum
                rationale: {fr: Adapté ici.}
                texts:
                  fr: {title: Forum de quartier}
                """);

        CheckReport without = OfflineChapterCheck.check(chapter.folder(), List.of());
        assertThat(problems(without)).containsExactly(
                "it needs the chapter 'guinea' (>=1.0.0 & <2.0.0), which was not given: add --depends-on with that chapter's jar");
        assertThat(without.notices()).extracting(Reason::code).containsExactly("dependency.practices.unchecked");

        CheckReport with = OfflineChapterCheck.check(chapter.folder(), List.of(dependency("guinea", "1.0.0", "police-community-dialogue-forum")));
        assertThat(problems(with)).isEmpty();
        assertThat(with.notices()).isEmpty();
    }

    @Test
    void aDependencyOutsideTheAcceptedVersionsIsRefused() throws Exception {
        chapter.pom(TestChapter.REQUIRES, "guinea@>=2.0.0 & <3.0.0");

        assertThat(problems(OfflineChapterCheck.check(chapter.folder(), List.of(dependency("guinea", "1.0.0", "x-practice")))))
                .containsExactly("it needs the chapter 'guinea' >=2.0.0 & <3.0.0, but the jar given is version 1.0.0");
    }

    @Test
    void sayingPlainlyWhenThePomCannotBeRead() throws Exception {
        Files.delete(chapter.folder().resolve("pom.xml"));
        assertThat(OfflineChapterCheck.check(chapter.folder(), List.of()).notices()).extracting(Reason::code)
                .containsExactly("manifest.pom.missing");

        Files.writeString(chapter.folder().resolve("pom.xml"), "<project><build>");
        assertThat(OfflineChapterCheck.check(chapter.folder(), List.of()).notices()).extracting(Reason::code)
                .containsExactly("manifest.pom.unreadable");
    }

    @Test
    void aPropertyFromElsewhereIsNotGuessed() throws Exception {
        Path pom = chapter.folder().resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<plugin.requires>", "<other.requires>").replace("</plugin.requires>", "</other.requires>"));

        CheckReport report = OfflineChapterCheck.check(chapter.folder(), List.of());

        assertThat(report.problems()).isEmpty();
        assertThat(report.notices()).singleElement().asString()
                .isEqualTo("The manifest was not checked: in pom.xml, Plugin-Requires uses ${plugin.requires}, which the pom itself does not define. "
                        + "Check the built jar: bin/chapter validate target/ID-VERSION.jar");
    }

    @Test
    void aPomWithADocumentTypeIsNotRead() throws Exception {
        Path pom = chapter.folder().resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<project ", "<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<project "));

        assertThat(OfflineChapterCheck.check(chapter.folder(), List.of()).notices()).extracting(Reason::code)
                .containsExactly("manifest.pom.unreadable");
    }

    @Test
    void aSlugAlreadyUsedByTheChapterItDependsOnIsRefusedNamingThatChapter() throws Exception {
        chapter.pom(TestChapter.REQUIRES, "guinea@>=1.0.0 & <2.0.0");

        assertThat(problems(OfflineChapterCheck.check(chapter.folder(), List.of(dependency("guinea", "1.0.0", "local-security-council")))))
                .containsExactly("chapter/practices/local-security-council.yaml [slug]: 'local-security-council' is already used by "
                        + "the chapter 'guinea': choose another slug");
    }

    @Test
    void aBuiltJarIsCheckedWithItsManifest() throws Exception {
        Path jar = chapter.jar(dir.resolve("sample-1.0.0.jar"), Map.of("Plugin-Requires", ">=0.1.0 & <1.0.0 | >=2.0.0"));

        assertThat(OfflineChapterCheck.check(jar, List.of()).problems()).extracting(Reason::code)
                .containsExactly("requires.alternatives");
    }

    @Test
    void noMessageShowsWhereTheFilesAreOnThisMachine() throws Exception {
        Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
        Path unsafe = TestChapter.jar(dir.resolve("unsafe.jar"), Map.of(), Map.of("../../etc/x", new byte[1]));
        chapter.write("chapter/practices/local-security-council.yaml", new byte[] {(byte) 0xFF, 'x'});
        Path badText = chapter.jar(dir.resolve("bad-text.jar"), Map.of());

        for (Path jar : List.of(notAJar, unsafe, badText, chapter.folder())) {
            CheckReport report = OfflineChapterCheck.check(jar, List.of());
            assertThat(report.passes()).as(jar.getFileName().toString()).isFalse();
            assertThat(report.problems()).allSatisfy(reason -> assertThat(reason.toString()).doesNotContain(dir.getFileName().toString()));
        }
    }

    private DependencyChapter dependency(String id, String version, String practice) throws Exception {
        return DependencyChapter.read(TestChapter.jar(dir.resolve(id + "-" + version + ".jar"),
                Map.of("Plugin-Id", id, "Plugin-Version", version),
                Map.of("chapter/chapter.yaml", ("id: " + id + "\ndefaultLanguage: fr\nlanguages: [fr]\nname: {fr: " + id + "}\n").getBytes(),
                        "chapter/themes.yaml", "themes:\n  - slug: t\n    label: {fr: T}\n".getBytes(),
                        "chapter/practices/" + practice + ".yaml", "themes: [t]\nevidenceLevel: monitored\nfr: {title: T, summary: S}\n".getBytes())));
    }
}
