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
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.core.theme.ThemeNode;
import org.proximite.core.theme.ThemeQueries;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditedKind;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.editing.FieldErrors;
import org.proximite.web.editing.ItemEditorView;
import org.proximite.web.security.Roles;
import org.proximite.web.i18n.ComponentTexts;

/**
 * Writes a practice: what every item's editor has, with the evidence level, the themes it is
 * filed under and its outcomes, each rated on its own. What installed chapters' checks say of the saved texts is shown as advice.
 */
@Route("edit/practices/:slug?")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.COUNTRY_EDITOR, Roles.TRANSLATOR})
public class PracticeEditorView extends ItemEditorView<PracticeDraft> {

    private final PracticeEditing editing;
    private final Select<EvidenceLevel> evidence = new Select<>();
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final OutcomeFields outcomes = new OutcomeFields();

    public PracticeEditorView(PracticeEditing editing, ThemeQueries themeQueries, LanguageQueries languages, MarkdownRenderer markdown,
            EditorAccess access, org.proximite.web.editing.TextWork work) {
        super(new EditedKind<>(ItemKind.PRACTICE, editing::load, PracticeDraft::blank, PracticeDraft::item, PracticeDraft::withItem,
                PracticesView.class, PracticeView.class, PracticeDraft.class), languages, markdown, access, work);
        this.editing = editing;
        Map<String, String> themeLabels = themeLabels(themeQueries.tree(ReaderLanguage.of(getLocale())));
        themes.setLabel(getTranslation("editor.themes"));
        themes.setItems(new ArrayList<>(themeLabels.keySet()));
        themes.setItemLabelGenerator(slug -> themeLabels.getOrDefault(slug, slug));
        themes.addClassName("field-themes");
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
        Div fields = new Div(evidence, themes);
        fields.addClassName("editor-meta");
        return new Div(fields, outcomes);
    }

    @Override
    protected void fillOwn(PracticeDraft draft) {
        evidence.setValue(draft.evidenceLevel());
        themes.setValue(new LinkedHashSet<>(draft.item().themeSlugs()));
        outcomes.setValue(draft.outcomes() == null ? List.of() : draft.outcomes());
    }

    @Override
    protected PracticeDraft withOwn(PracticeDraft draft) {
        ItemDraft item = draft.item();
        return draft.withItem(item.with(item.slug(), item.defaultLanguage(), item.archived(), List.copyOf(themes.getValue())))
                .withEvidenceLevel(evidence.getValue())
                .withOutcomes(outcomes.getValue());
    }

    @Override
    protected void registerOwn(FieldErrors errors) {
        errors.register("evidenceLevel", evidence);
        errors.register("themes", themes);
        outcomes.register(errors);
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
