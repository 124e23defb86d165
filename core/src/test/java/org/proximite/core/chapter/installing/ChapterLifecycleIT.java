package org.proximite.core.chapter.installing;

import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.proximite.core.chapter.TextConflict;
import org.proximite.core.chapter.running.LoadReport;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;
import org.proximite.chapter.format.testing.TestPublisher;

/** Installing, upgrading, disabling and removing chapters while the application runs. */
class ChapterLifecycleIT {

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    private ChapterFolders folders() {
        return ChapterFolders.in(dataDir);
    }

    /** Changes that remove these names (files or manifest attributes). */
    private static Map<String, String> removing(String... names) {
        Map<String, String> changes = new java.util.HashMap<>();
        for (String name : names) {
            changes.put(name, null);
        }
        return changes;
    }

    private static byte[] bytes(Path jar) throws IOException {
        return Files.readAllBytes(jar);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void showsThePlanThenInstallsWithoutRestartAndKeepsTheJarInTheDatabase(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();

        InstallPlan plan = lifecycle.prepare("guinea-1.0.0.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN);

        assertThat(plan.action()).isEqualTo(InstallPlan.PlanAction.INSTALL);
        assertThat(plan.practices().added()).hasSize(10).contains("local-security-council");
        assertThat(plan.initiatives().added()).hasSize(4);
        assertThat(plan.contentOnly()).isTrue();
        assertThat(plan.signature()).isEqualTo(SignatureStatus.UNSIGNED);
        assertThat(plan.needsDecision()).isFalse();
        assertThat(ContentFixtures.items(core.dsl(), ItemKind.PRACTICE)).as("nothing changes before apply").isZero();

        lifecycle.apply(plan.id(), Answers.none(), folders(), ADMIN);

        assertThat(core.practices().list(PracticeFilter.published("fr"))).hasSize(10);
        assertThat(core.dsl().fetchValue(CHAPTER_PACKAGE.SHA256, CHAPTER_PACKAGE.CHAPTER_ID.eq("guinea"))).isEqualTo(plan.sha256());
        assertThat(folders().plugins().resolve("guinea-1.0.0.jar")).exists();
        assertThat(folders().staging()).isEmptyDirectory();
        assertThat(core.events().recent(1).getFirst().actor()).isEqualTo("admin");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyAnAdminChangesChaptersWhateverTheScreenOrRouteShows(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        var editor = org.proximite.core.actor.Actor.user("coordinator", java.util.Set.of(org.proximite.core.actor.Role.COORDINATOR));
        InstallPlan plan = lifecycle.prepare("guinea-1.0.0.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN);

        assertThatThrownBy(() -> lifecycle.prepare("guinea-1.0.0.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), editor))
                .isInstanceOfSatisfying(org.proximite.core.actor.NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("denied.role"));
        assertThatThrownBy(() -> lifecycle.apply(plan.id(), Answers.none(), folders(), editor))
                .isInstanceOf(org.proximite.core.actor.NotAllowedException.class);
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();

        lifecycle.apply(plan.id(), Answers.none(), folders(), ADMIN);
        assertThatThrownBy(() -> lifecycle.disable("guinea", editor)).isInstanceOf(org.proximite.core.actor.NotAllowedException.class);
        assertThatThrownBy(() -> lifecycle.uninstall("guinea", false, folders(), editor)).isInstanceOf(org.proximite.core.actor.NotAllowedException.class);
        assertThat(core.dsl().fetchValue(CHAPTER.STATE, CHAPTER.ID.eq("guinea"))).isEqualTo("ACTIVE");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void plansAnUpgradeWithWhatChangesAndWhatGoes(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        lifecycle.apply(lifecycle.prepare("guinea.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN).id(), Answers.none(), folders(), ADMIN);
        Path newer = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.1.0.jar"),
                Map.of("Plugin-Version", "1.1.0"),
                removing(ChapterLayout.PRACTICES + "share-fair-peer-learning.yaml",
                        ChapterLayout.PRACTICES + "share-fair-peer-learning.fr.md",
                        ChapterLayout.PRACTICES + "share-fair-peer-learning.en.md"),
                text -> text.replace("Forum de dialogue entre la police", "Forum d’échange entre la police")
                        .replace("share-fair-peer-learning, ", "").replace(", share-fair-peer-learning", "").replace("[share-fair-peer-learning]", "[]"));

        InstallPlan plan = lifecycle.prepare("guinea-1.1.0.jar", bytes(newer), folders(), List.of(), ADMIN);

        assertThat(plan.action()).isEqualTo(InstallPlan.PlanAction.UPGRADE);
        assertThat(plan.fromVersion()).isEqualTo("1.0.0");
        assertThat(plan.practices().changed()).contains("police-community-dialogue-forum").doesNotContain("local-security-plan");
        assertThat(plan.practices().removed()).containsExactly("share-fair-peer-learning");

        lifecycle.apply(plan.id(), Answers.none(), folders(), ADMIN);

        assertThat(core.practices().find("police-community-dialogue-forum", "fr", false).orElseThrow().shown().text().title()).startsWith("Forum d’échange");
        assertThat(core.practices().find("share-fair-peer-learning", "fr", true)).isEmpty();
        assertThat(folders().plugins()).isDirectoryContaining("glob:**/guinea-1.1.0.jar").isDirectoryNotContaining("glob:**/guinea-1.0.0.jar");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePlanListsTheAdaptationsAndContextPagesAddedChangedAndRemoved(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();

        InstallPlan guinea = lifecycle.prepare("guinea.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN);
        assertThat(guinea.contextPages().added()).containsExactly("about-the-project");
        lifecycle.apply(guinea.id(), Answers.none(), folders(), ADMIN);

        InstallPlan bissau = lifecycle.prepare("gw.jar", bytes(TestChapterJars.guineaBissau()), folders(), List.of(), ADMIN);
        assertThat(bissau.adaptations().added()).containsExactlyInAnyOrder("culture-and-sport-for-trust", "local-security-council",
                "police-community-dialogue-forum", "women-participation-in-security", "youth-leaders-engagement");
        lifecycle.apply(bissau.id(), Answers.none(), folders(), ADMIN);

        String adaptation = TestChapterJars.read(TestChapterJars.guineaBissau(), ChapterLayout.ADAPTATIONS + "youth-leaders-engagement.yaml");
        Map<String, String> files = removing(ChapterLayout.ADAPTATIONS + "women-participation-in-security.yaml");
        files.put(ChapterLayout.ADAPTATIONS + "youth-leaders-engagement.yaml", adaptation.replace("The practice is taken over", "The practice is revised"));
        Path newer = TestChapterJars.variant(TestChapterJars.guineaBissau(), work.resolve("gw-1.1.0.jar"), Map.of("Plugin-Version", "1.1.0"), files);
        InstallPlan upgrade = lifecycle.prepare("gw-1.1.0.jar", bytes(newer), folders(), List.of(), ADMIN);
        Path withoutPage = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.1.0.jar"), Map.of("Plugin-Version", "1.1.0"),
                removing(ChapterLayout.CONTEXT + "about-the-project.yaml", ChapterLayout.CONTEXT + "about-the-project.fr.md",
                        ChapterLayout.CONTEXT + "about-the-project.en.md"));

        assertThat(upgrade.adaptations().removed()).containsExactly("women-participation-in-security");
        assertThat(upgrade.adaptations().changed()).containsExactly("youth-leaders-engagement");
        assertThat(lifecycle.prepare("guinea-1.1.0.jar", bytes(withoutPage), folders(), List.of(), ADMIN).contextPages().removed())
                .containsExactly("about-the-project");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUpgradeOverLocalEditsMergesFieldByFieldAndAsksAboutRealConflicts(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        lifecycle.apply(lifecycle.prepare("guinea.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN).id(), Answers.none(), folders(), ADMIN);
        ContentFixtures.editPractice(core, "police-community-dialogue-forum", "fr", "title", "Forum de quartier (version du site)");
        Path newer = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.1.0.jar"), Map.of("Plugin-Version", "1.1.0"), Map.of(),
                text -> text.replace("Forum de dialogue entre la police et la population", "Forum d’échange entre la police et la population")
                        .replace("Police–community dialogue forum", "Police–community exchange forum"));

        InstallPlan plan = lifecycle.prepare("guinea-1.1.0.jar", bytes(newer), folders(), List.of(), ADMIN);

        assertThat(plan.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.key()).isEqualTo("police-community-dialogue-forum/fr/title");
            assertThat(conflict.previous()).isEqualTo("Forum de dialogue entre la police et la population");
            assertThat(conflict.incoming()).isEqualTo("Forum d’échange entre la police et la population");
            assertThat(conflict.local()).isEqualTo("Forum de quartier (version du site)");
        });
        assertThatThrownBy(() -> lifecycle.apply(plan.id(), Answers.none(), folders(), ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.getMessage()).contains("police-community-dialogue-forum/fr/title"));

        lifecycle.apply(plan.id(), Answers.settling(Map.of("police-community-dialogue-forum/fr/title", TextConflict.Resolution.KEEP_LOCAL)), folders(), ADMIN);

        assertThat(core.practices().find("police-community-dialogue-forum", "fr", false).orElseThrow().shown().text().title())
                .as("the site's choice").isEqualTo("Forum de quartier (version du site)");
        assertThat(core.practices().find("police-community-dialogue-forum", "en", false).orElseThrow().shown().text().title())
                .as("a field only the chapter changed").isEqualTo("Police–community exchange forum");
        assertThat(core.events().recent(1).getFirst().message()).contains("merged with local edits: police-community-dialogue-forum");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUpgradeAsksAboutAnInitiativeEditedOnTheSiteToo(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        lifecycle.apply(lifecycle.prepare("guinea.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN).id(), Answers.none(), folders(), ADMIN);
        ContentFixtures.editInitiative(core, "share-fair", "en", "title", "Conakry Share Fair");
        String shareFair = TestChapterJars.read(TestChapterJars.guinea(), ChapterLayout.INITIATIVES + "share-fair.yaml");
        Path newer = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.1.0.jar"), Map.of("Plugin-Version", "1.1.0"),
                Map.of(ChapterLayout.INITIATIVES + "share-fair.yaml", shareFair.replace("title: \"2019 Share Fair\"", "title: \"Share Fair 2019\"")));

        InstallPlan plan = lifecycle.prepare("guinea-1.1.0.jar", bytes(newer), folders(), List.of(), ADMIN);

        assertThat(plan.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.key()).isEqualTo("initiatives/share-fair/en/title");
            assertThat(conflict.local()).isEqualTo("Conakry Share Fair");
            assertThat(conflict.incoming()).isEqualTo("Share Fair 2019");
        });

        lifecycle.apply(plan.id(), Answers.settling(Map.of("initiatives/share-fair/en/title", TextConflict.Resolution.TAKE_CHAPTER)), folders(), ADMIN);

        assertThat(core.initiatives().find("share-fair", "en", false).orElseThrow().shown().text().title()).isEqualTo("Share Fair 2019");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSameVersionWithOtherBytesIsRefused(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        lifecycle.apply(lifecycle.prepare("guinea.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN).id(), Answers.none(), folders(), ADMIN);
        Path changed = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-changed.jar"), Map.of(), Map.of(),
                text -> text.replace("Forum de dialogue entre la police", "Forum d’échange entre la police"));

        InstallPlan plan = lifecycle.prepare("guinea-changed.jar", bytes(changed), folders(), List.of(), ADMIN);

        assertThat(plan.action()).isEqualTo(InstallPlan.PlanAction.UNCHANGED);
        assertThat(plan.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(PlanDecision.Kind.NEW_VERSION_NEEDED);
            assertThat(decision.reason().toString()).contains("already installed with different bytes");
        });
        assertThatThrownBy(() -> lifecycle.apply(plan.id(), Answers.none(), folders(), ADMIN)).isInstanceOf(ChapterRefusedException.class);
        assertThat(core.practices().find("police-community-dialogue-forum", "fr", false).orElseThrow().shown().text().title())
                .startsWith("Forum de dialogue");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDowngradeWaitsForConfirmation(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        Path newer = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-2.jar"), Map.of("Plugin-Version", "1.2.0"), Map.of());
        lifecycle.apply(lifecycle.prepare("guinea-1.2.0.jar", bytes(newer), folders(), List.of(), ADMIN).id(), Answers.none(), folders(), ADMIN);

        InstallPlan plan = lifecycle.prepare("guinea-1.0.0.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN);

        assertThat(plan.action()).isEqualTo(InstallPlan.PlanAction.DOWNGRADE);
        assertThat(plan.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(PlanDecision.Kind.CONFIRM_DOWNGRADE);
            assertThat(decision.reason().toString()).contains("confirm the downgrade");
        });
        assertThatThrownBy(() -> lifecycle.apply(plan.id(), Answers.none(), folders(), ADMIN)).isInstanceOf(ChapterRefusedException.class);
        assertThat(core.dsl().fetchValue(CHAPTER.PLUGIN_VERSION, CHAPTER.ID.eq("guinea"))).isEqualTo("1.2.0");

        lifecycle.apply(plan.id(), Answers.confirmingDowngrade(), folders(), ADMIN);

        assertThat(core.dsl().fetchValue(CHAPTER.PLUGIN_VERSION, CHAPTER.ID.eq("guinea"))).isEqualTo("1.0.0");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesJarsWithoutAnUpperBoundOrWithAMissingDependency(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        Path unbounded = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("a.jar"), Map.of("Plugin-Requires", ">=0.1.0"), Map.of());
        Path missing = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("b.jar"), removing("Plugin-Requires"), Map.of());

        assertThatThrownBy(() -> lifecycle.prepare("a.jar", bytes(unbounded), folders(), List.of(), ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.reasons()).singleElement().asString().contains("no upper bound"));
        assertThatThrownBy(() -> lifecycle.prepare("b.jar", bytes(missing), folders(), List.of(), ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.reasons()).singleElement().asString().contains("Plugin-Requires is missing"));
        assertThatThrownBy(() -> lifecycle.prepare("gw.jar", bytes(TestChapterJars.guineaBissau()), folders(), List.of(), ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.reasons()).first().asString()
                        .contains("needs the chapter 'guinea'").contains("not installed"));
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
        assertThat(core.events().recent(10)).hasSize(3).allSatisfy(event -> assertThat(event.succeeded()).isFalse());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aZipSlipUploadIsRefusedAndWritesNothingOutsideTheStagingFolder(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        Path slip = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("slip.jar"), Map.of(),
                Map.of("../evil.txt", "boom", "chapter/../../outside.txt", "boom"));

        assertThatThrownBy(() -> lifecycle.prepare("slip.jar", bytes(slip), folders(), List.of(), ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.getMessage()).contains("zip slip"));

        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
        assertThat(dataDir.getParent().resolve("evil.txt")).doesNotExist();
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesAMissingOrGarbledDescriptorAndUnknownLanguagesWithTheirPlace(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        Path noDescriptor = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("a.jar"), Map.of(), removing(ChapterLayout.DESCRIPTOR));
        Path garbled = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("b.jar"), Map.of(),
                Map.of(ChapterLayout.DESCRIPTOR, "id: guinea\nlanguages: [fr, en\n  name: {"));
        Path noId = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("c.jar"), removing("Plugin-Id"), Map.of());
        String practice = TestChapterJars.read(TestChapterJars.guinea(), ChapterLayout.PRACTICES + "local-security-plan.yaml");
        Path unknownLanguage = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("d.jar"), Map.of(),
                Map.of(ChapterLayout.PRACTICES + "local-security-plan.yaml", practice + "de:\n  title: Plan\n  summary: Ein Plan.\n"));

        assertThat(reasons(lifecycle, noDescriptor)).singleElement().asString().contains("chapter/chapter.yaml").contains("is missing");
        assertThat(reasons(lifecycle, garbled)).anySatisfy(reason -> assertThat(reason).contains("chapter/chapter.yaml").contains("not valid YAML"));
        assertThat(reasons(lifecycle, noId)).singleElement().asString().contains("Plugin-Id");
        assertThat(reasons(lifecycle, unknownLanguage)).singleElement().asString()
                .contains("chapter/practices/local-security-plan.yaml [de]").contains("not among the chapter's languages");
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
    }

    private List<String> reasons(ChapterLifecycle lifecycle, Path jar) throws IOException {
        try {
            lifecycle.prepare(jar.getFileName().toString(), bytes(jar), folders(), List.of(), ADMIN);
            throw new AssertionError(jar + " was accepted");
        } catch (ChapterRefusedException e) {
            return e.reasons().stream().map(Reason::toString).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCodeChapterThatNobodyTrustsNeedsAnAdminsDecision(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        Path withCode = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("code.jar"), Map.of("Plugin-Class", "org.example.Chapter"), Map.of());

        InstallPlan plan = lifecycle.prepare("code.jar", bytes(withCode), folders(), List.of(), ADMIN);

        assertThat(plan.contentOnly()).isFalse();
        assertThat(plan.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(PlanDecision.Kind.ALLOW_CODE);
            assertThat(decision.reason().toString()).contains("carries code").contains("unsigned");
        });
        assertThatThrownBy(() -> lifecycle.apply(plan.id(), Answers.none(), folders(), ADMIN)).isInstanceOf(ChapterRefusedException.class);
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCodeChapterIsAcceptedWhenATrustedPublisherSignedItOrAnAdminAllowedThatExactJar(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        Path withCode = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("code.jar"), Map.of("Plugin-Class", "org.example.Chapter"), Map.of());
        TestPublisher publisher = TestPublisher.create(work, "Guinea Publisher");
        Path signed = publisher.sign(withCode, work.resolve("code-signed.jar"));
        Path tampered = TestChapterJars.variant(signed, work.resolve("code-tampered.jar"), Map.of(), Map.of(),
                text -> text.replaceFirst("sécurité", "sécuritè"));

        InstallPlan trusted = lifecycle.prepare("code-signed.jar", bytes(signed), folders(), List.of(publisher.certificate()), ADMIN);
        InstallPlan modified = lifecycle.prepare("code-tampered.jar", bytes(tampered), folders(), List.of(publisher.certificate()), ADMIN);
        InstallPlan unknown = lifecycle.prepare("code-signed.jar", bytes(signed), folders(), List.of(), ADMIN);

        assertThat(trusted.signature()).isEqualTo(SignatureStatus.SIGNED);
        assertThat(trusted.decisions()).isEmpty();
        assertThat(modified.signature()).isEqualTo(SignatureStatus.MODIFIED);
        assertThat(modified.decisions()).singleElement().satisfies(decision -> assertThat(decision.reason().toString()).contains("modified"));
        assertThat(unknown.signature()).isEqualTo(SignatureStatus.INVALID);
        assertThat(unknown.decisions()).singleElement().satisfies(decision -> assertThat(decision.reason().toString()).contains("invalid"));

        lifecycle.allowCode("guinea", unknown.sha256(), ADMIN);
        assertThat(lifecycle.prepare("code-signed.jar", bytes(signed), folders(), List.of(), ADMIN).decisions()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void disablingHidesTheContentAndRemovalIsRefusedWhileAnotherChapterDependsOnIt(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        lifecycle.apply(lifecycle.prepare("guinea.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN).id(), Answers.none(), folders(), ADMIN);
        lifecycle.apply(lifecycle.prepare("gw.jar", bytes(TestChapterJars.guineaBissau()), folders(), List.of(), ADMIN).id(), Answers.none(), folders(), ADMIN);

        lifecycle.disable("guinea", ADMIN);
        assertThat(core.practices().list(new PracticeFilter("fr", null, "guinea", null, null, false))).isEmpty();
        lifecycle.enable("guinea", ADMIN);
        assertThat(core.practices().list(new PracticeFilter("fr", null, "guinea", null, null, false))).hasSize(10);

        assertThatThrownBy(() -> lifecycle.uninstall("guinea", true, folders(), ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.getMessage()).contains("guinea-bissau"));

        lifecycle.uninstall("guinea-bissau", false, folders(), ADMIN);
        lifecycle.uninstall("guinea", true, folders(), ADMIN);

        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
        assertThat(core.practices().list(PracticeFilter.published("fr"))).isEmpty();
        assertThat(core.practices().list(new PracticeFilter("fr", null, null, null, null, true)))
                .hasSize(10).allSatisfy(card -> assertThat(card.archived()).isTrue());
        assertThat(folders().plugins()).isEmptyDirectory();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUpgradeOfADisabledChapterKeepsItDisabled(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        lifecycle.apply(lifecycle.prepare("guinea.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN).id(), Answers.none(), folders(), ADMIN);
        lifecycle.disable("guinea", ADMIN);
        Path newer = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.1.0.jar"), Map.of("Plugin-Version", "1.1.0"), Map.of());

        lifecycle.apply(lifecycle.prepare("guinea-1.1.0.jar", bytes(newer), folders(), List.of(), ADMIN).id(), Answers.none(), folders(), ADMIN);

        assertThat(core.dsl().fetchValue(CHAPTER.PLUGIN_VERSION, CHAPTER.ID.eq("guinea"))).isEqualTo("1.1.0");
        assertThat(core.dsl().fetchValue(CHAPTER.STATE, CHAPTER.ID.eq("guinea"))).isEqualTo("DISABLED");
        assertThat(core.practices().list(PracticeFilter.published("fr"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJarLostAfterTheDatabaseSavedItIsRestoredAtTheNextStart(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        lifecycle.apply(lifecycle.prepare("guinea.jar", bytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN).id(), Answers.none(), folders(), ADMIN);
        Files.delete(folders().plugins().resolve("guinea-1.0.0.jar"));

        LoadReport restart = core.newLoader().loadAll(folders().plugins());

        assertThat(folders().plugins().resolve("guinea-1.0.0.jar")).exists();
        assertThat(restart.restored()).containsExactly("guinea");
        assertThat(restart.started()).containsExactly("guinea");
        assertThat(restart.failed()).isEmpty();
        assertThat(ContentFixtures.items(core.dsl(), ItemKind.PRACTICE)).isEqualTo(10);
    }
}
