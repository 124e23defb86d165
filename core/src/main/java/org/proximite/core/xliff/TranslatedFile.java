package org.proximite.core.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.TextSource;
import org.proximite.core.content.TextValidation;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.xliff.XliffReport.FieldResult;
import org.proximite.core.xliff.XliffReport.Outcome;

/**
 * One file of an import checked against its item as stored: what each unit's translation does
 * to the stored one, what is wrong with it, and what to write. No database: the caller reads.
 *
 * <p>A translation is compared with the one the file was made from (its version is in the
 * metadata): the translator's change is written when nobody changed that field since; a field
 * both changed, differently, is refused. A unit whose source is no longer the stored one is
 * imported all the same (the translator's work is not lost, and it is a draft, reviewed before
 * readers see it), and said: its translation records the source it was made from, so the fields
 * changed since stay marked outdated.
 *
 * <p>Many translation tools strip the metadata. Without it, the translation a file was made from
 * cannot be known, nor whether someone changed the stored one since the export: a unit that would
 * replace a stored translation with another is refused ({@link XliffProblem#BASIS_UNKNOWN}), so
 * that nobody's work is overwritten unseen; one that fills an empty field, or says what is stored,
 * is taken as usual. Whether the source changed is still said, from the unit's own source text.
 */
final class TranslatedFile {

    /**
     * The file checked.
     *
     * @param changes the fields to write, by name, as the translation's new values
     * @param writtenFrom the source the translation was made from, when older than the stored one; else null
     */
    record Checked(XliffReport.ItemResult result, List<XliffProblem> problems, Map<String, String> changes, TextSource writtenFrom) {}

    /**
     * What the file is checked against.
     *
     * @param source the item's text in the source language now, or null
     * @param target the item's text in the target language now, or null
     * @param targetBase the target text the file was made from (empty when there was none), or null when the file does not say
     * @param sourceBase the source text the file was made from, when it is older than {@code source} (else null)
     */
    record Against(String sourceLanguage, String targetLanguage, String defaultLanguage, LanguageText source, LanguageText target,
            LanguageText targetBase, LanguageText sourceBase) {}

    private TranslatedFile() {}

    /** Every unit of a file whose item cannot be written refused with the file's problem. */
    static Checked refused(XliffDocument.File file, ItemKey key, XliffProblem problem) {
        List<FieldResult> fields = file.units().stream().map(unit -> new FieldResult(unit.id(), Outcome.REFUSED, false, problem)).toList();
        return new Checked(new XliffReport.ItemResult(file.id(), key == null ? null : key.kind(), key == null ? null : key.slug(), fields),
                List.of(problem), Map.of(), null);
    }

    /**
     * Checks each unit, then the translation as it would be saved, against the kind's rules.
     *
     * @param readProblems problems the reader found in this file's units
     */
    static Checked check(XliffDocument.File file, ItemKey key, Against against, List<XliffProblem> readProblems) {
        ItemKind kind = key.kind();
        List<XliffProblem> problems = new ArrayList<>();
        Map<String, FieldResult> results = new LinkedHashMap<>();
        Map<String, String> changes = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (XliffDocument.Unit unit : file.units()) {
            Optional<TextField> field = kind.textField(unit.id());
            String stored = field.map(f -> value(f, text(against.target(), f))).orElse(null);
            boolean sourceChanged = field.isPresent() && !Objects.equals(value(field.get(), unit.source()), value(field.get(), text(against.source(), field.get())));
            List<XliffProblem> read = readProblems.stream().filter(found -> unit.id().equals(found.unit())).toList();
            XliffProblem problem = read.isEmpty() ? null : read.getFirst();
            problems.addAll(read.stream().skip(1).toList());
            if (!seen.add(unit.id())) {
                problem = XliffProblem.of(XliffProblem.DUPLICATE_UNIT, file.id(), unit.id());
            } else if (field.isEmpty()) {
                problem = XliffProblem.of(XliffProblem.UNKNOWN_FIELD, file.id(), unit.id(),
                        String.join(", ", kind.textFields().stream().map(TextField::name).toList()));
            }
            if (problem != null) {
                problems.add(problem);
                results.putIfAbsent(unit.id(), new FieldResult(unit.id(), Outcome.REFUSED, sourceChanged, problem));
                continue;
            }
            String mine = value(field.get(), unit.target());
            String base = against.targetBase() == null ? stored : value(field.get(), text(against.targetBase(), field.get()));
            Outcome outcome;
            if (mine == null) {
                outcome = Outcome.UNTRANSLATED;
            } else if (mine.equals(stored) || mine.equals(base)) {
                // Nothing new from the translator: what is stored (perhaps changed by someone since) stays.
                outcome = Outcome.UNCHANGED;
            } else if (!Objects.equals(base, stored)) {
                problem = XliffProblem.of(XliffProblem.TARGET_CHANGED, file.id(), unit.id(), against.target() == null ? 0 : against.target().version());
                outcome = Outcome.REFUSED;
            } else if (against.targetBase() == null && stored != null) {
                problem = XliffProblem.of(XliffProblem.BASIS_UNKNOWN, file.id(), unit.id(), against.target().version());
                outcome = Outcome.REFUSED;
            } else {
                outcome = stored == null ? Outcome.NEW : Outcome.CHANGED;
                changes.put(unit.id(), mine);
            }
            if (problem != null) {
                problems.add(problem);
            }
            results.put(unit.id(), new FieldResult(unit.id(), outcome, sourceChanged, problem));
        }
        if (!changes.isEmpty()) {
            ruleProblems(file, kind, against, changes, results, problems);
        }
        boolean older = against.sourceBase() != null && against.sourceLanguage().equals(against.defaultLanguage())
                && !against.targetLanguage().equals(against.defaultLanguage());
        TextSource writtenFrom = older ? new TextSource(against.sourceBase().text().fingerprint(), against.sourceBase().version()) : null;
        return new Checked(new XliffReport.ItemResult(file.id(), kind, key.slug(), List.copyOf(results.values())), problems, changes, writtenFrom);
    }

    /** The kind's rules (required fields, lengths, garbled text) on the translation as it would be saved. */
    private static void ruleProblems(XliffDocument.File file, ItemKind kind, Against against, Map<String, String> changes,
            Map<String, FieldResult> results, List<XliffProblem> problems) {
        for (FieldProblem broken : TextValidation.problems(kind, against.targetLanguage(), translation(kind, against.target(), changes))) {
            String unit = broken.field().substring(broken.field().indexOf('.') + 1);
            XliffProblem problem = new XliffProblem(broken.messageKey(), file.id(), unit, broken.arguments());
            problems.add(problem);
            FieldResult was = results.get(unit);
            if (was != null) {
                results.put(unit, new FieldResult(unit, Outcome.REFUSED, was.sourceChanged(), problem));
            }
        }
    }

    /** The target text with the changed fields replaced: what would be saved. */
    static ItemText translation(ItemKind kind, LanguageText target, Map<String, String> changes) {
        Map<String, String> fields = new HashMap<>(target == null ? Map.of() : target.text().fields());
        fields.putAll(changes);
        return ItemText.of(kind, fields);
    }

    private static String text(LanguageText text, TextField field) {
        return text == null ? null : text.text().get(field.name());
    }

    /**
     * A field's value as it is saved and compared: line ends as XML reads them (a line feed), a
     * plain field stripped; blank is no value.
     */
    private static String value(TextField field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        return field.markdown() ? lines : lines.strip();
    }
}
