package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;
import static org.proximite.db.jooq.Tables.CHAPTER_TERM;
import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.LANGUAGE;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ContentTexts;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.TermEntry;
import org.proximite.chapter.format.content.ChapterContentReader;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.InstallPlan.Changes;
import org.proximite.core.chapter.InstallPlan.PlanAction;
import org.springframework.stereotype.Service;

/** Works out an install plan: compares a checked jar with what is installed, changing nothing. */
@Service
public class ChapterPlanner {

    private final DSLContext dsl;
    private final ChapterContentReader reader = new ChapterContentReader();
    private final VersionManager versions = new DefaultVersionManager();

    public ChapterPlanner(DSLContext dsl) {
        this.dsl = dsl;
    }

    private Map<String, Boolean> installedItems(ItemKind kind, String chapterId) {
        return dsl.select(CONTENT_ITEM.SLUG, CONTENT_ITEM.EDITED_LOCALLY).from(CONTENT_ITEM)
                .where(CONTENT_ITEM.CHAPTER_ID.eq(chapterId)).and(CONTENT_ITEM.KIND.eq(kind.name()))
                .fetchMap(CONTENT_ITEM.SLUG, CONTENT_ITEM.EDITED_LOCALLY);
    }

    private long itemId(ItemKind kind, String slug) {
        return dsl.select(CONTENT_ITEM.ID).from(CONTENT_ITEM).where(CONTENT_ITEM.KIND.eq(kind.name())).and(CONTENT_ITEM.SLUG.eq(slug))
                .fetchSingle(CONTENT_ITEM.ID);
    }

    public InstallPlan plan(ChapterPackage jar, boolean codeAllowed) {
        String id = jar.pluginId();
        String installed = dsl.select(CHAPTER.PLUGIN_VERSION).from(CHAPTER).where(CHAPTER.ID.eq(id)).fetchOne(CHAPTER.PLUGIN_VERSION);
        PlanAction action = installed == null ? PlanAction.INSTALL
                : installed.equals(jar.version()) ? PlanAction.UNCHANGED
                : versions.compareVersions(jar.version(), installed) > 0 ? PlanAction.UPGRADE : PlanAction.DOWNGRADE;
        Optional<ChapterContent> previous = installed == null ? Optional.empty() : installedContent(id, installed);
        ChapterContent content = jar.content();

        var installedPractices = installedItems(ItemKind.PRACTICE, id);
        var installedInitiatives = installedItems(ItemKind.INITIATIVE, id);
        Changes practices = changes(installedPractices.keySet(), content.practices(), PracticeEntry::slug,
                previous.map(ChapterContent::practices).orElse(null));
        Changes initiatives = changes(installedInitiatives.keySet(), content.initiatives(), InitiativeEntry::slug,
                previous.map(ChapterContent::initiatives).orElse(null));
        Set<String> installedTerms = Set.copyOf(dsl.selectDistinct(CHAPTER_TERM.TERM_KEY).from(CHAPTER_TERM).where(CHAPTER_TERM.CHAPTER_ID.eq(id)).fetch(CHAPTER_TERM.TERM_KEY));
        Changes terms = changes(installedTerms, content.terms(), TermEntry::key, previous.map(ChapterContent::terms).orElse(null));

        List<String> kept = new ArrayList<>();
        for (String slug : concat(practices.changed(), practices.removed())) {
            if (Boolean.TRUE.equals(installedPractices.get(slug))) {
                kept.add(slug);
            }
        }
        for (String slug : concat(initiatives.changed(), initiatives.removed())) {
            if (Boolean.TRUE.equals(installedInitiatives.get(slug))) {
                kept.add(slug);
            }
        }
        List<TextConflict> conflicts = new ArrayList<>();
        if (previous.isPresent()) {
            Map<String, PracticeEntry> before = new LinkedHashMap<>();
            previous.get().practices().forEach(practice -> before.put(practice.slug(), practice));
            for (PracticeEntry practice : content.practices()) {
                if (Boolean.TRUE.equals(installedPractices.get(practice.slug())) && before.containsKey(practice.slug())) {
                    conflicts.addAll(TextMerge.conflicts(ItemKind.PRACTICE, practice.slug(), ChapterEntries.texts(before.get(practice.slug())),
                            ChapterEntries.texts(practice), ContentTexts.fieldsOf(dsl, itemId(ItemKind.PRACTICE, practice.slug()))));
                }
            }
            Map<String, InitiativeEntry> initiativesBefore = new LinkedHashMap<>();
            previous.get().initiatives().forEach(initiative -> initiativesBefore.put(initiative.slug(), initiative));
            for (InitiativeEntry initiative : content.initiatives()) {
                if (Boolean.TRUE.equals(installedInitiatives.get(initiative.slug())) && initiativesBefore.containsKey(initiative.slug())) {
                    conflicts.addAll(TextMerge.conflicts(ItemKind.INITIATIVE, initiative.slug(),
                            ChapterEntries.texts(initiativesBefore.get(initiative.slug())), ChapterEntries.texts(initiative),
                            ContentTexts.fieldsOf(dsl, itemId(ItemKind.INITIATIVE, initiative.slug()))));
                }
            }
        }
        Set<String> knownLanguages = Set.copyOf(dsl.select(LANGUAGE.CODE).from(LANGUAGE).fetch(LANGUAGE.CODE));
        List<String> languagesAdded = content.descriptor().languages().stream().filter(code -> !knownLanguages.contains(code)).toList();

        List<String> decisions = new ArrayList<>();
        String installedSha = installed == null ? null
                : dsl.select(CHAPTER.CONTENT_SHA256).from(CHAPTER).where(CHAPTER.ID.eq(id)).fetchOne(CHAPTER.CONTENT_SHA256);
        if (action == PlanAction.UNCHANGED && installedSha != null && !installedSha.equals(jar.sha256())) {
            decisions.add("version " + jar.version() + " is already installed with different bytes: a changed chapter needs a new "
                    + "version number, so that every site can tell which one it runs");
        }
        if (action == PlanAction.DOWNGRADE) {
            decisions.add("version " + jar.version() + " is older than the installed " + installed + ": confirm the downgrade");
        }
        if (!conflicts.isEmpty()) {
            decisions.add(conflicts.size() + " field(s) were edited on the site and are changed by the new version: choose, for each, "
                    + "the chapter's new text or the site's");
        }
        if (jar.hasCode() && !codeAllowed) {
            decisions.add("it carries code and is not signed by a trusted publisher (" + jar.signature().name().toLowerCase()
                    + "): an admin must allow this exact jar (id and SHA-256) before it can be installed");
        }
        return new InstallPlan(jar.sha256(), jar.fileName(), id, installed, jar.version(), action, !jar.hasCode(), jar.signature(),
                jar.dependencies().entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).toList(),
                practices, initiatives, terms, languagesAdded, kept, conflicts, decisions);
    }

    /** The content of the installed version, read from the jar kept in the database. */
    Optional<ChapterContent> installedContent(String chapterId, String version) {
        byte[] bytes = dsl.select(CHAPTER_PACKAGE.CONTENT).from(CHAPTER_PACKAGE)
                .where(CHAPTER_PACKAGE.CHAPTER_ID.eq(chapterId)).and(CHAPTER_PACKAGE.VERSION.eq(version))
                .fetchOne(CHAPTER_PACKAGE.CONTENT);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            Path temporary = Files.createTempFile("proximite-installed-", ".jar");
            try {
                Files.write(temporary, bytes);
                try (FileSystem zip = FileSystems.newFileSystem(temporary)) {
                    return Optional.of(reader.read(zip.getPath("/")));
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | ChapterRefusedException | RuntimeException e) {
            return Optional.empty();
        }
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
            } else if (previous == null || !item.equals(before.get(slug))) {
                changed.add(slug);
            }
        }
        Set<String> incomingKeys = Set.copyOf(incoming.stream().map(key).toList());
        List<String> removed = installed.stream().filter(slug -> !incomingKeys.contains(slug)).sorted().toList();
        return new Changes(added, changed, removed);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
