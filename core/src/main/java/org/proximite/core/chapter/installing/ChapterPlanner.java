package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;
import static org.proximite.db.jooq.Tables.CHAPTER_PAGE;
import static org.proximite.db.jooq.Tables.CHAPTER_TERM;
import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.ITEM_ADAPTATION;
import static org.proximite.db.jooq.Tables.LANGUAGE;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.api.AdaptationEntry;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.ContextPageEntry;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.TermEntry;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterFormatAccess;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.chapter.LocalEditConflicts;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.proximite.core.chapter.TextConflict;
import org.proximite.core.chapter.installing.InstallPlan.Changes;
import org.proximite.core.chapter.installing.InstallPlan.PlanAction;
import org.proximite.core.chapter.installing.PlanDecision.Kind;
import org.springframework.stereotype.Service;

/** Works out an install plan: compares a checked jar with what is installed, changing nothing. */
@Service
public class ChapterPlanner {

    private final DSLContext dsl;
    private final VersionManager versions = new DefaultVersionManager();

    public ChapterPlanner(DSLContext dsl) {
        this.dsl = dsl;
    }

    public InstallPlan plan(ChapterPackage jar, boolean codeAllowed) {
        String id = jar.pluginId();
        var installed = dsl.select(CHAPTER.PLUGIN_VERSION, CHAPTER.CONTENT_SHA256, CHAPTER_PACKAGE.PROVIDER).from(CHAPTER)
                .leftJoin(CHAPTER_PACKAGE).on(CHAPTER_PACKAGE.CHAPTER_ID.eq(CHAPTER.ID))
                .where(CHAPTER.ID.eq(id)).fetchOne();
        String installedVersion = installed == null ? null : installed.value1();
        PlanAction action = installedVersion == null ? PlanAction.INSTALL
                : installedVersion.equals(jar.version()) ? PlanAction.UNCHANGED
                : versions.compareVersions(jar.version(), installedVersion) > 0 ? PlanAction.UPGRADE : PlanAction.DOWNGRADE;
        Optional<ChapterContent> previous = installedVersion == null ? Optional.empty() : installedContent(id, installedVersion);
        ChapterContent content = jar.content();

        Map<String, Boolean> editedPractices = editedLocally(id, "PRACTICE");
        Map<String, Boolean> editedInitiatives = editedLocally(id, "INITIATIVE");
        Changes practices = changes(editedPractices.keySet(), content.practices(), PracticeEntry::slug,
                previous.map(ChapterContent::practices).orElse(null));
        Changes initiatives = changes(editedInitiatives.keySet(), content.initiatives(), InitiativeEntry::slug,
                previous.map(ChapterContent::initiatives).orElse(null));
        Changes terms = changes(installedKeys(CHAPTER_TERM.TERM_KEY, CHAPTER_TERM.CHAPTER_ID.eq(id)), content.terms(), TermEntry::key,
                previous.map(ChapterContent::terms).orElse(null));
        Changes adaptations = changes(adaptedPractices(id), content.adaptations(), AdaptationEntry::practice,
                previous.map(ChapterContent::adaptations).orElse(null));
        Changes contextPages = changes(installedKeys(CHAPTER_PAGE.SLUG, CHAPTER_PAGE.CHAPTER_ID.eq(id)), content.contextPages(),
                ContextPageEntry::slug, previous.map(ChapterContent::contextPages).orElse(null));

        List<String> kept = new ArrayList<>(edited(editedPractices, practices));
        kept.addAll(edited(editedInitiatives, initiatives));
        List<TextConflict> conflicts = previous
                .map(before -> LocalEditConflicts.between(dsl, before, content, editedPractices, editedInitiatives))
                .orElse(List.of());
        Set<String> knownLanguages = installedKeys(LANGUAGE.CODE, LANGUAGE.CODE.isNotNull());
        List<String> languagesAdded = content.descriptor().languages().stream().filter(code -> !knownLanguages.contains(code)).toList();

        List<PlanDecision> decisions = new ArrayList<>();
        if (action == PlanAction.UNCHANGED && !installed.value2().equals(jar.sha256())) {
            decisions.add(new PlanDecision(Kind.NEW_VERSION_NEEDED, LifecycleReason.DECISION_SAME_VERSION.with(jar.version())));
        }
        if (action == PlanAction.DOWNGRADE) {
            decisions.add(new PlanDecision(Kind.CONFIRM_DOWNGRADE, LifecycleReason.DECISION_DOWNGRADE.with(jar.version(), installedVersion)));
        }
        if (installed != null) {
            takeover(jar, installed.value3(), editedPractices.size() + editedInitiatives.size(), practices, initiatives)
                    .ifPresent(decisions::add);
        }
        if (!conflicts.isEmpty()) {
            decisions.add(new PlanDecision(Kind.SETTLE_CONFLICTS, LifecycleReason.DECISION_CONFLICTS.with(conflicts.size())));
        }
        if (jar.hasCode() && !codeAllowed) {
            decisions.add(new PlanDecision(Kind.ALLOW_CODE, codeDecision(jar.signature())));
        }
        return new InstallPlan(null, jar.sha256(), jar.fileName(), id, installedVersion, jar.version(), action, !jar.hasCode(),
                jar.signature(), jar.provider(),
                jar.dependencies().entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).toList(),
                practices, initiatives, terms, adaptations, contextPages, languagesAdded, kept, conflicts, decisions,
                ChapterFormatAccess.warnings(jar.content()));
    }

    /**
     * Another publisher under the same id, or content that keeps none of the installed chapter's
     * practices and initiatives, is a takeover: never silent, an admin confirms it.
     */
    private static Optional<PlanDecision> takeover(ChapterPackage jar, String installedProvider, int installedItems, Changes practices,
            Changes initiatives) {
        if (installedProvider != null && !normalised(installedProvider).equals(normalised(jar.provider()))) {
            return Optional.of(new PlanDecision(Kind.CONFIRM_PUBLISHER_CHANGE, LifecycleReason.DECISION_PUBLISHER.with(jar.pluginId(),
                    installedProvider, jar.provider() == null ? "—" : jar.provider())));
        }
        boolean keepsNone = practices.removed().size() + initiatives.removed().size() == installedItems;
        if (installedItems > 0 && keepsNone) {
            return Optional.of(new PlanDecision(Kind.CONFIRM_PUBLISHER_CHANGE, LifecycleReason.DECISION_CONTENT_REPLACED.with(jar.pluginId())));
        }
        return Optional.empty();
    }

    private static String normalised(String provider) {
        return provider == null ? "" : provider.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Reason codeDecision(SignatureStatus signature) {
        return switch (signature) {
            case MODIFIED -> LifecycleReason.DECISION_CODE_MODIFIED.with();
            case INVALID -> LifecycleReason.DECISION_CODE_INVALID.with();
            case UNSIGNED, SIGNED -> LifecycleReason.DECISION_CODE_UNSIGNED.with();
        };
    }

    /** The content of the installed version, read from the jar kept in the database. */
    Optional<ChapterContent> installedContent(String chapterId, String version) {
        var installed = CHAPTER_PACKAGE.CHAPTER_ID.eq(chapterId).and(CHAPTER_PACKAGE.VERSION.eq(version));
        String sha256 = dsl.select(CHAPTER_PACKAGE.SHA256).from(CHAPTER_PACKAGE).where(installed).fetchOne(CHAPTER_PACKAGE.SHA256);
        if (sha256 == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ChapterFormatAccess.readContent(sha256, () -> {
                byte[] bytes = dsl.select(CHAPTER_PACKAGE.CONTENT).from(CHAPTER_PACKAGE).where(installed).fetchSingle(CHAPTER_PACKAGE.CONTENT);
                Path temporary = Files.createTempFile("proximite-installed-", ".jar");
                try {
                    Files.write(temporary, bytes);
                    try (FileSystem zip = FileSystems.newFileSystem(temporary)) {
                        return ChapterFormatAccess.readContent(zip.getPath("/"));
                    }
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }));
        } catch (IOException | ChapterRefusedException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Set<String> installedKeys(TableField<?, String> key, Condition condition) {
        return Set.copyOf(dsl.selectDistinct(key).from(key.getTable()).where(condition).fetch(key));
    }

    private Set<String> adaptedPractices(String chapterId) {
        return Set.copyOf(dsl.selectDistinct(CONTENT_ITEM.SLUG).from(ITEM_ADAPTATION)
                .join(CONTENT_ITEM).on(CONTENT_ITEM.ID.eq(ITEM_ADAPTATION.ITEM_ID))
                .where(ITEM_ADAPTATION.CHAPTER_ID.eq(chapterId)).fetch(CONTENT_ITEM.SLUG));
    }

    /** The chapter's installed items of a kind, by slug, to whether coordinators edited them here. */
    private Map<String, Boolean> editedLocally(String chapterId, String kind) {
        return dsl.select(CONTENT_ITEM.SLUG, CONTENT_ITEM.EDITED_LOCALLY).from(CONTENT_ITEM)
                .where(CONTENT_ITEM.CHAPTER_ID.eq(chapterId)).and(CONTENT_ITEM.KIND.eq(kind))
                .fetchMap(CONTENT_ITEM.SLUG, CONTENT_ITEM.EDITED_LOCALLY);
    }

    /** Items edited on the site that the jar changes or removes. */
    private static List<String> edited(Map<String, Boolean> editedLocally, Changes changes) {
        List<String> slugs = new ArrayList<>(changes.changed());
        slugs.addAll(changes.removed());
        return slugs.stream().filter(slug -> Boolean.TRUE.equals(editedLocally.get(slug))).toList();
    }

    /**
     * Added: in the jar, not installed. Removed: installed, not in the jar. Changed: in both, and
     * different from the installed version's (every common item when that version is unknown).
     */
    private static <T> Changes changes(Set<String> installed, List<T> incoming, Function<T, String> key, List<T> previous) {
        Map<String, T> before = new LinkedHashMap<>();
        if (previous != null) {
            previous.forEach(item -> before.put(key.apply(item), item));
        }
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (T item : incoming) {
            String slug = key.apply(item);
            if (!installed.contains(slug)) {
                added.add(slug);
            } else if (previous == null || !Objects.equals(item, before.get(slug))) {
                changed.add(slug);
            }
        }
        Set<String> incomingKeys = Set.copyOf(incoming.stream().map(key).toList());
        List<String> removed = installed.stream().filter(slug -> !incomingKeys.contains(slug)).sorted().toList();
        return new Changes(added, changed, removed);
    }
}
