package org.proximite.core.chapter.installing;

import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.chapter.installing.PlanDecision.Kind;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestCodeChapters;
import org.proximite.core.testing.TestDatabase;
import org.proximite.chapter.format.testing.TestPublisher;

/** Jars that used to get through: each is now refused, or waits for an admin's explicit decision. */
class HostileJarsIT {

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    private ChapterFolders folders() {
        return ChapterFolders.in(dataDir);
    }

    private InstallPlan prepare(ChapterLifecycle lifecycle, Path jar) throws IOException, ChapterRefusedException {
        return lifecycle.prepare(jar.getFileName().toString(), Files.readAllBytes(jar), folders(), List.of(), ADMIN);
    }

    private List<Reason> refusal(ChapterLifecycle lifecycle, Path jar) throws IOException {
        try {
            prepare(lifecycle, jar);
            throw new AssertionError(jar.getFileName() + " was accepted");
        } catch (ChapterRefusedException e) {
            return e.reasons();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUpgradeThatWouldCloseADependencyCycleIsRefusedNamingTheCycle(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        core.install(TestChapterJars.guinea(), dataDir);
        core.install(TestChapterJars.guineaBissau(), dataDir);
        Path cyclic = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.1.0.jar"),
                Map.of("Plugin-Version", "1.1.0", "Plugin-Dependencies", "guinea-bissau@>=1.0.0 & <2.0.0"), Map.of());

        assertThat(refusal(lifecycle, cyclic)).singleElement().satisfies(reason -> {
            assertThat(LifecycleReason.DEPENDENCY_CYCLE.is(reason)).isTrue();
            assertThat(reason.arguments()).containsExactly("guinea → guinea-bissau → guinea");
        });
        assertThat(core.dsl().fetchValue(CHAPTER.PLUGIN_VERSION, CHAPTER.ID.eq("guinea"))).isEqualTo("1.0.0");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherPublisherTakingOverAnIdNeedsTheAdminsExplicitDecision(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        core.install(TestChapterJars.guinea(), dataDir);
        Path takeover = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-9.0.0.jar"),
                Map.of("Plugin-Version", "9.0.0", "Plugin-Provider", "Somebody Else"), Map.of());

        InstallPlan plan = prepare(lifecycle, takeover);

        assertThat(plan.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(Kind.CONFIRM_PUBLISHER_CHANGE);
            assertThat(decision.reason().arguments()).containsExactly("guinea", "Proximité", "Somebody Else");
        });
        assertThatThrownBy(() -> lifecycle.apply(plan.id(), Answers.none(), folders(), ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.code()).isEqualTo(LifecycleReason.DECISION_PUBLISHER.code()));
        assertThat(core.dsl().fetchValue(CHAPTER.PLUGIN_VERSION, CHAPTER.ID.eq("guinea"))).isEqualTo("1.0.0");

        lifecycle.apply(plan.id(), new Answers(false, true, Map.of()), folders(), ADMIN);

        assertThat(core.dsl().fetchValue(CHAPTER_PACKAGE.PROVIDER, CHAPTER_PACKAGE.CHAPTER_ID.eq("guinea"))).isEqualTo("Somebody Else");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewerVersionThatKeepsNoneOfTheInstalledContentNeedsTheAdminsExplicitDecision(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        Path original = Files.write(work.resolve("bench-1.0.0.jar"), TestChapterJars.generated(3, "1.0.0", ""));
        core.install(original, dataDir);
        Path generated = Files.write(work.resolve("generated-2.0.0.jar"), TestChapterJars.generated(3, "2.0.0", ""));
        Map<String, String> renamed = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            for (String suffix : List.of(".yaml", ".fr.md", ".en.md")) {
                String name = "chapter/practices/practice-" + i + suffix;
                renamed.put(name, null);
                renamed.put("chapter/practices/other-" + i + suffix, TestChapterJars.read(generated, name).replaceAll("practice-(\\d)", "other-$1"));
            }
        }
        Path replaced = TestChapterJars.variant(generated, work.resolve("bench-2.0.0.jar"), Map.of(), renamed);

        InstallPlan plan = prepare(lifecycle, replaced);

        assertThat(plan.practices().removed()).containsExactly("practice-0", "practice-1", "practice-2");
        assertThat(plan.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(Kind.CONFIRM_PUBLISHER_CHANGE);
            assertThat(LifecycleReason.DECISION_CONTENT_REPLACED.is(decision.reason())).isTrue();
        });
        assertThatThrownBy(() -> lifecycle.apply(plan.id(), Answers.none(), folders(), ADMIN)).isInstanceOf(ChapterRefusedException.class);
        assertThat(core.practices().find("practice-0", "fr", false)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSignedChapterIsOnlyUpgradedByAJarOfTheSameSigner(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        TestPublisher publisher = TestPublisher.create(work, "Guinea Publisher");
        TestPublisher stranger = TestPublisher.create(work, "Someone Else");
        core.install(publisher.sign(TestChapterJars.guinea(), work.resolve("guinea-signed.jar")), dataDir);
        Path newer = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.1.0.jar"), Map.of("Plugin-Version", "1.1.0"), Map.of());

        assertThat(refusal(lifecycle, stranger.sign(newer, work.resolve("guinea-1.1.0-stranger.jar")))).singleElement()
                .satisfies(reason -> assertThat(LifecycleReason.SIGNER_CHANGED.is(reason)).isTrue());
        assertThat(refusal(lifecycle, newer)).singleElement()
                .satisfies(reason -> assertThat(LifecycleReason.SIGNER_MISSING.is(reason)).isTrue());

        InstallPlan sameSigner = prepare(lifecycle, publisher.sign(newer, work.resolve("guinea-1.1.0-signed.jar")));
        lifecycle.apply(sameSigner.id(), Answers.none(), folders(), ADMIN);

        assertThat(core.dsl().fetchValue(CHAPTER.PLUGIN_VERSION, CHAPTER.ID.eq("guinea"))).isEqualTo("1.1.0");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void messagesNeverShowTheServersAbsolutePaths(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        Path revealing = TestCodeChapters.withFailingStart(work,
                "\"cannot start from \" + getClass().getProtectionDomain().getCodeSource().getLocation()");
        InstallPlan plan = prepare(lifecycle, revealing);
        lifecycle.allowCode("guinea", plan.sha256(), ADMIN);

        AppliedPlan applied = lifecycle.apply(plan.id(), Answers.none(), folders(), ADMIN);
        List<Reason> refused = refusal(lifecycle, Files.write(work.resolve("broken.jar"), new byte[] {'P', 'K', 3, 4, 0}));

        String root = dataDir.toAbsolutePath().toString();
        assertThat(applied.warnings()).singleElement().satisfies(warning -> {
            assertThat(LifecycleReason.START_FAILED.is(warning)).isTrue();
            assertThat(warning.toString()).contains("cannot start from").contains("guinea-1.5.0.jar").doesNotContain(root);
        });
        assertThat(core.chapters().list("en").getFirst().stateReason()).contains("guinea-1.5.0.jar").doesNotContain(root);
        assertThat(refused.toString()).doesNotContain(root).doesNotContain(work.toAbsolutePath().toString());
        assertThat(core.events().recent(20)).allSatisfy(event -> assertThat(String.valueOf(event.message()))
                .doesNotContain(root).doesNotContain(work.toAbsolutePath().toString()));
    }
}
