package org.proximite.core.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.proximite.core.content.ContentTexts;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemEditing;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.OwnFields;
import org.proximite.core.content.TextState;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.exchange.RevisionTexts;
import org.proximite.core.language.LanguageQueries;
import org.springframework.stereotype.Service;

/**
 * Imports a translator's XLIFF 2.0 file: read safely ({@link XliffReader}), checked whole, then
 * written in one transaction, or not at all. Each changed translation is saved as a draft of the
 * target language by the content kernel's save ({@link ItemEditing}), as the person importing,
 * whose scopes it checks: readers keep the published text until a reviewer publishes the new
 * one. A translation equal to the stored one writes nothing. The report says, per item and
 * field, what was written or why nothing was.
 */
@Service
public class XliffImport {

    private final DSLContext dsl;
    private final LanguageQueries languages;
    private final ItemEditing editing;

    public XliffImport(DSLContext dsl, LanguageQueries languages, ItemEditing editing) {
        this.dsl = dsl;
        this.languages = languages;
        this.editing = editing;
    }

    /**
     * Reads, checks and writes the file.
     *
     * @return what was written; when {@link XliffReport#written()} is false, nothing was, and its problems say why
     * @throws XliffRefusedException when the file cannot be read: too large, not XML, not well-formed, a DTD,
     *     not XLIFF 2.0, an unknown language, too many units
     * @throws NotAllowedException when the actor has no content role
     */
    public XliffReport importFile(byte[] bytes, Actor actor) {
        if (!actor.maySeeDrafts()) {
            throw new NotAllowedException(actor.name(), "denied.role", Role.COORDINATOR.name());
        }
        XliffDocument document = XliffReader.read(bytes);
        XliffLanguages.Pair pair = XliffLanguages.check(languages, document.sourceLanguage(), document.targetLanguage());
        try {
            return dsl.transactionResult(configuration -> importIn(configuration.dsl(), document, pair, actor));
        } catch (ChangedMeanwhile changed) {
            return changed.report;
        }
    }

    private XliffReport importIn(DSLContext tx, XliffDocument document, XliffLanguages.Pair pair, Actor actor) {
        Map<String, ItemKey> keys = new LinkedHashMap<>();
        document.files().forEach(file -> ItemKey.ofFileId(file.id()).ifPresent(key -> keys.putIfAbsent(file.id(), key)));
        Map<ItemKey, StoredItems.Stored> stored = StoredItems.find(tx, keys.values());
        Map<Long, Map<String, LanguageText>> texts = ContentTexts.ofItems(tx, stored.values().stream().map(StoredItems.Stored::id).toList());
        Map<Long, Map<String, LanguageText>> older = RevisionTexts.at(tx, olderVersions(document, keys, stored, texts, pair));
        List<TranslatedFile.Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (XliffDocument.File file : document.files()) {
            checked.add(check(file, keys.get(file.id()), stored, texts, older, pair, actor, document.problems(), seen));
        }
        List<XliffProblem> problems = new ArrayList<>(document.problems().stream().filter(problem -> problem.unit() == null).toList());
        checked.forEach(file -> problems.addAll(file.problems()));
        XliffReport report = new XliffReport(pair.source(), pair.target(), problems.isEmpty(),
                checked.stream().map(TranslatedFile.Checked::result).toList(), problems);
        if (!problems.isEmpty()) {
            return report;
        }
        for (TranslatedFile.Checked file : checked) {
            if (!file.changes().isEmpty()) {
                write(tx, file, pair, actor, report);
            }
        }
        return report;
    }

    private static TranslatedFile.Checked check(XliffDocument.File file, ItemKey key, Map<ItemKey, StoredItems.Stored> stored,
            Map<Long, Map<String, LanguageText>> texts, Map<Long, Map<String, LanguageText>> older, XliffLanguages.Pair pair, Actor actor,
            List<XliffProblem> readProblems, Set<String> seen) {
        if (key == null) {
            return TranslatedFile.refused(file, null, XliffProblem.of(XliffProblem.FILE_ID, file.id(), null, file.id()));
        }
        if (!seen.add(file.id())) {
            return TranslatedFile.refused(file, key, XliffProblem.of(XliffProblem.DUPLICATE_FILE, file.id(), null));
        }
        StoredItems.Stored item = stored.get(key);
        if (item == null) {
            return TranslatedFile.refused(file, key, XliffProblem.of(XliffProblem.UNKNOWN_ITEM, file.id(), null,
                    key.kind().name().toLowerCase(java.util.Locale.ROOT), key.slug()));
        }
        try {
            actor.requireEditingText(item.chapterId(), pair.target());
        } catch (NotAllowedException denied) {
            return TranslatedFile.refused(file, key, new XliffProblem(denied.code(), file.id(), null, List.copyOf(denied.arguments())));
        }
        Map<String, LanguageText> now = texts.getOrDefault(item.id(), Map.of());
        Map<String, LanguageText> then = older.getOrDefault(item.id(), Map.of());
        LanguageText source = now.get(pair.source());
        LanguageText target = now.get(pair.target());
        XliffProblem unknownVersion = unknownVersion(file, source, target, then, pair);
        if (unknownVersion != null) {
            return TranslatedFile.refused(file, key, unknownVersion);
        }
        LanguageText targetBase = file.targetVersion() == null ? null
                : file.targetVersion() == 0 ? LanguageText.draft(ItemText.EMPTY)
                : target != null && file.targetVersion() == target.version() ? target : then.get(pair.target());
        LanguageText sourceBase = file.sourceVersion() != null && file.sourceVersion() != source.version() ? then.get(pair.source()) : null;
        var against = new TranslatedFile.Against(pair.source(), pair.target(), item.defaultLanguage(), source, target, targetBase, sourceBase);
        return TranslatedFile.check(file, key, against,
                readProblems.stream().filter(problem -> file.id().equals(problem.file()) && problem.unit() != null).toList());
    }

    /** A version in the file's metadata that the stored text does not have (a file of another instance, or edited by hand). */
    private static XliffProblem unknownVersion(XliffDocument.File file, LanguageText source, LanguageText target, Map<String, LanguageText> then,
            XliffLanguages.Pair pair) {
        Integer sourceVersion = file.sourceVersion();
        if (sourceVersion != null && (source == null || sourceVersion != source.version() && !then.containsKey(pair.source()))) {
            return XliffProblem.of(XliffProblem.UNKNOWN_VERSION, file.id(), null, pair.source(), sourceVersion, source == null ? 0 : source.version());
        }
        Integer targetVersion = file.targetVersion();
        int targetNow = target == null ? 0 : target.version();
        if (targetVersion != null && targetVersion != 0 && targetVersion != targetNow && !then.containsKey(pair.target())) {
            return XliffProblem.of(XliffProblem.UNKNOWN_VERSION, file.id(), null, pair.target(), targetVersion, targetNow);
        }
        return null;
    }

    /** The versions the files were made from that are no longer the stored ones: read from the revisions at once. */
    private static Map<Long, Map<String, Integer>> olderVersions(XliffDocument document, Map<String, ItemKey> keys,
            Map<ItemKey, StoredItems.Stored> stored, Map<Long, Map<String, LanguageText>> texts, XliffLanguages.Pair pair) {
        Map<Long, Map<String, Integer>> versions = new HashMap<>();
        for (XliffDocument.File file : document.files()) {
            StoredItems.Stored item = keys.containsKey(file.id()) ? stored.get(keys.get(file.id())) : null;
            if (item == null) {
                continue;
            }
            Map<String, LanguageText> now = texts.getOrDefault(item.id(), Map.of());
            older(versions, item.id(), pair.source(), file.sourceVersion(), now.get(pair.source()));
            older(versions, item.id(), pair.target(), file.targetVersion(), now.get(pair.target()));
        }
        return versions;
    }

    private static void older(Map<Long, Map<String, Integer>> versions, long itemId, String language, Integer version, LanguageText now) {
        if (version != null && version > 0 && (now == null || version != now.version())) {
            versions.computeIfAbsent(itemId, id -> new HashMap<>()).put(language, version);
        }
    }

    /** Saves one item's translation as a draft, merged over what is stored now; a change by someone else meanwhile undoes the whole import. */
    private void write(DSLContext tx, TranslatedFile.Checked file, XliffLanguages.Pair pair, Actor actor, XliffReport report) {
        var result = file.result();
        try {
            ItemDraft loaded = editing.load(tx, result.kind(), result.slug());
            ItemText translation = TranslatedFile.translation(result.kind(), loaded.texts().get(pair.target()), file.changes());
            ItemDraft draft = loaded.withText(pair.target(), translation).withState(pair.target(), TextState.DRAFT);
            editing.write(tx, actor, result.kind(), draft, OwnFields.NONE,
                    file.writtenFrom() == null ? Map.of() : Map.of(pair.target(), file.writtenFrom()));
        } catch (StaleEditException e) {
            XliffProblem problem = XliffProblem.of(XliffProblem.CHANGED_MEANWHILE, result.file(), null);
            throw new ChangedMeanwhile(new XliffReport(report.sourceLanguage(), report.targetLanguage(), false, report.items(), List.of(problem)));
        }
    }

    /** Undoes the import's transaction, carrying the report to give instead. */
    private static final class ChangedMeanwhile extends RuntimeException {

        private final transient XliffReport report;

        ChangedMeanwhile(XliffReport report) {
            super("An item changed while the import was written", null, false, false);
            this.report = report;
        }
    }
}
