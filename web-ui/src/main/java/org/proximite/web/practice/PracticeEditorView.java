package org.proximite.web.practice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.core.theme.ThemeNode;
import org.proximite.core.theme.ThemeQueries;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditedKind;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.editing.FieldErrors;
import org.proximite.web.editing.ItemEditorView;
import org.proximite.web.editing.PracticePicker;
import org.proximite.web.security.Roles;
import org.proximite.web.i18n.ComponentTexts;

/**
 * Writes a practice: what every item's editor has, with the evidence level, the themes it is
 * filed under (by name), the practices it is related to (chosen by title among the existing ones)
 * and its outcomes, each rated on its own. What installed chapters' checks say of the saved texts
 * is shown as advice.
 */
@Route("edit/practices/:slug?")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.COUNTRY_EDITOR, Roles.TRANSLATOR})
public class PracticeEditorView extends ItemEditorView<PracticeDraft> {

    private final PracticeEditing editing;
    private final Select<EvidenceLevel> evidence = new Select<>();
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final PracticePicker related;
    private final OutcomeFields outcomes = new OutcomeFields();
    private final Map<String, String> themeLabels;

    public PracticeEditorView(PracticeEditing editing, PracticeQueries practiceQueries, ThemeQueries themeQueries, LanguageQueries languages,
            MarkdownRenderer markdown, EditorAccess access, org.proximite.web.editing.TextWork work) {
        super(new EditedKind<>(ItemKind.PRACTICE, editing::load, PracticeDraft::blank, PracticeDraft::item, PracticeDraft::withItem,
                PracticeDraft::rebasedOn, PracticesView.class, PracticeView.class, PracticeDraft.class), languages, markdown, access, work);
        this.editing = editing;
        themeLabels = themeLabels(themeQueries.tree(ReaderLanguage.of(getLocale())));
        themes.setLabel(getTranslation("editor.themes"));
        themes.setItems(new ArrayList<>(themeLabels.keySet()));
        themes.setItemLabelGenerator(slug -> themeLabels.getOrDefault(slug, slug));
        themes.addClassName("field-themes");
        related = new PracticePicker(getTranslation("editor.related"), practiceQueries.allLinks(ReaderLanguage.of(getLocale())));
        related.setHelperText(getTranslation("editor.related.help"));
        related.addClassName("field-related");
        ComponentTexts.translated(themes);
        evidence.setLabel(getTranslation("editor.evidence"));
        evidence.setItems(EvidenceLevel.values());
        evidence.setItemLabelGenerator(level -> EvidenceLabels.name(this, level));
        evidence.addClassName("field-evidence");
    }

    /** Each theme and sub-theme by slug, a sub-theme labelled after its parent ("Dialogue › Forums"). */
    private static Map<String, String> themeLabels(List<ThemeNode> tree) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ThemeNode node : tree) {
            labels.put(node.slug(), node.label());
            node.children().forEach(child -> labels.put(child.slug(), node.label() + " › " + child.label()));
        }
        return labels;
    }

    @Override
    protected Component ownFields() {
        Div fields = new Div(evidence, themes, related);
        fields.addClassName("editor-meta");
        return new Div(fields, outcomes);
    }

    @Override
    protected void fillOwn(PracticeDraft draft) {
        evidence.setValue(draft.evidenceLevel());
        themes.setValue(new LinkedHashSet<>(draft.item().themeSlugs()));
        // Any practice but this one, by title; one it is related to that is gone meanwhile stays listed, to be removed.
        related.offerAllBut(draft.item().slug(), draft.item().relatedSlugs());
        related.setValue(new LinkedHashSet<>(draft.item().relatedSlugs()));
        outcomes.setValue(draft.outcomes() == null ? List.of() : draft.outcomes());
    }

    @Override
    protected PracticeDraft withOwn(PracticeDraft draft) {
        ItemDraft item = draft.item();
        return draft.withItem(item.with(item.slug(), item.defaultLanguage(), item.archived(), List.copyOf(themes.getValue()))
                        .withRelated(List.copyOf(related.getValue())))
                .withEvidenceLevel(evidence.getValue())
                .withOutcomes(outcomes.getValue());
    }

    @Override
    protected void registerOwn(FieldErrors errors) {
        errors.register("evidenceLevel", evidence);
        errors.register("themes", themes);
        errors.register("related", related);
        outcomes.register(errors);
    }

    /** Themes and related practices by name, and the evidence level with each outcome, as the editor reads them. */
    @Override
    protected String describe(String part, PracticeDraft draft) {
        return switch (part) {
            case "themes" -> String.join(", ", draft.item().themeSlugs().stream().map(slug -> themeLabels.getOrDefault(slug, slug)).toList());
            case "related" -> String.join(", ",
                    draft.item().relatedSlugs().stream().map(related::titleOf).toList());
            case PracticeDraft.OWN_FIELDS -> evidence(draft);
            default -> null;
        };
    }

    private String evidence(PracticeDraft draft) {
        StringBuilder words = new StringBuilder(getTranslation("editor.conflict.level",
                draft.evidenceLevel() == null ? "—" : EvidenceLabels.name(this, draft.evidenceLevel())));
        for (var outcome : draft.outcomes() == null ? List.<org.proximite.core.practice.PracticeOutcome>of() : draft.outcomes()) {
            words.append('\n').append(org.proximite.web.content.OutcomeLabels.name(this, outcome.outcome())).append(" — ")
                    .append(org.proximite.web.content.OutcomeLabels.direction(this, outcome.direction())).append(", ")
                    .append(EvidenceLabels.name(this, outcome.level()));
            if (!outcome.sources().isEmpty()) {
                words.append(' ').append(outcome.sources().stream().map(number -> "[" + number + "]").collect(java.util.stream.Collectors.joining()));
            }
        }
        return words.toString();
    }

    /** An outcome's citation of the removed source goes with it; later numbers move down by one. */
    @Override
    protected void sourceRemoved(int number) {
        outcomes.sourceRemoved(number);
    }

    @Override
    protected boolean hasUnreadableInput() {
        return outcomes.hasUnreadableInput();
    }

    /** Saves, then shows what installed chapters' checks advise about the saved texts. */
    @Override
    protected PracticeDraft save(PracticeDraft draft, Actor actor) {
        PracticeEditing.Saved saved = editing.save(draft, actor);
        message().checks(saved.warnings());
        return saved.draft();
    }
}
