package org.proximite.web.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.EvidenceLevel;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.content.ItemDraft;
import org.proximite.web.editing.ItemTextFields;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.language.ContentLanguage;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.core.theme.ThemeNode;
import org.proximite.core.theme.ThemeQueries;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.editing.EditorMessage;
import org.proximite.web.editing.FieldErrors;
import org.proximite.web.security.Roles;

/**
 * Writes a practice in two languages side by side (French and English, plus any other language it
 * already has). Saving checks every field first; a copy that someone else saved meanwhile is
 * refused and the editor's text stays on the screen.
 */
@Route("edit/practices/:slug?")
@RolesAllowed(Roles.EDITOR)
public class PracticeEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeEditing editing;
    private final ThemeQueries themes;
    private final LanguageQueries languages;
    private final MarkdownRenderer markdown;
    private final EditorAccess access;

    private final H1 heading = new H1();
    private final TextField slug = new TextField();
    private final Select<EvidenceLevel> evidence = new Select<>();
    private final Checkbox archived = new Checkbox();
    private final Select<String> defaultLanguage = new Select<>();
    private final MultiSelectComboBox<String> themeSlugs = new MultiSelectComboBox<>();
    private final Div columns = new Div();
    private final Map<String, ItemTextFields> texts = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private final EditorMessage formMessage = new EditorMessage(errors);
    private PracticeDraft loaded;

    public PracticeEditorView(PracticeEditing editing, ThemeQueries themes, LanguageQueries languages,
            MarkdownRenderer markdown, EditorAccess access) {
        this.editing = editing;
        this.themes = themes;
        this.languages = languages;
        this.markdown = markdown;
        this.access = access;
        addClassNames("practice-editor", "editor", "page-wide");
    }

    public static RouteParameters parameters(String slug) {
        return new RouteParameters("slug", slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("slug").orElse(null);
        try {
            loaded = requested == null ? PracticeDraft.blank(ReaderLanguage.of(getLocale())) : editing.load(requested);
        } catch (ContentNotFoundException e) {
            removeAll();
            add(new H1(getTranslation("practice.not-found.title")), new Paragraph(getTranslation("practice.not-found", requested)));
            return;
        }
        build();
        fill(loaded);
    }

    private void build() {
        removeAll();
        texts.clear();
        heading.setText(getTranslation(loaded.isNew() ? "editor.practice.new" : "editor.practice.edit"));
        String language = ReaderLanguage.of(getLocale());

        slug.setLabel(getTranslation("editor.slug"));
        slug.setHelperText(getTranslation("editor.slug.help"));
        slug.setMaxLength(ChapterLayout.SLUG_MAX_LENGTH);
        slug.setRequiredIndicatorVisible(true);
        evidence.setLabel(getTranslation("editor.evidence"));
        evidence.setItems(EvidenceLevel.values());
        evidence.setItemLabelGenerator(level -> EvidenceLabels.name(this, level));
        archived.setLabel(getTranslation("editor.archived"));
        List<ContentLanguage> known = languages.all();
        Map<String, String> languageNames = new LinkedHashMap<>();
        known.forEach(content -> languageNames.put(content.code(), content.nativeName()));
        defaultLanguage.setLabel(getTranslation("editor.default-language"));
        defaultLanguage.setItems(new ArrayList<>(languageNames.keySet()));
        defaultLanguage.setItemLabelGenerator(code -> languageNames.getOrDefault(code, code));
        Map<String, String> themeLabels = new LinkedHashMap<>();
        for (ThemeNode node : themes.tree(language)) {
            themeLabels.put(node.slug(), node.label());
            node.children().forEach(child -> themeLabels.put(child.slug(), node.label() + " › " + child.label()));
        }
        themeSlugs.setLabel(getTranslation("editor.themes"));
        themeSlugs.setItems(new ArrayList<>(themeLabels.keySet()));
        themeSlugs.setItemLabelGenerator(slugValue -> themeLabels.getOrDefault(slugValue, slugValue));

        errors.register("slug", slug);
        errors.register("evidenceLevel", evidence);
        errors.register("themes", themeSlugs);

        Div meta = new Div(slug, evidence, defaultLanguage, themeSlugs, archived);
        meta.addClassName("editor-meta");
        columns.removeAll();
        columns.addClassName("language-columns");
        LinkedHashSet<String> shown = new LinkedHashSet<>(List.of("fr", "en"));
        shown.addAll(loaded.item().texts().keySet());
        for (String code : shown) {
            ItemTextFields fields = new ItemTextFields(ItemKind.PRACTICE, code, languageNames.getOrDefault(code, code), markdown);
            fields.register(errors);
            texts.put(code, fields);
            columns.add(fields);
        }
        Button save = new Button(getTranslation("editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-button");
        Button cancel = new Button(getTranslation("editor.cancel"), click -> leave(loaded.isNew() ? null : loaded.slug()));
        Div actions = new Div(save, cancel);
        actions.addClassName("editor-actions");
        add(heading, meta, formMessage, columns, actions);
    }

    private void fill(PracticeDraft draft) {
        ItemDraft item = draft.item();
        slug.setValue(item.slug());
        evidence.setValue(draft.evidenceLevel());
        archived.setValue(item.archived());
        defaultLanguage.setValue(item.defaultLanguage());
        themeSlugs.setValue(new LinkedHashSet<>(item.themeSlugs()));
        texts.forEach((code, fields) -> fields.setValue(item.texts().get(code)));
    }

    private PracticeDraft draftFromFields() {
        ItemDraft item = loaded.item().with(slug.getValue().strip(), defaultLanguage.getValue(), archived.getValue(),
                List.copyOf(themeSlugs.getValue()));
        for (var entry : texts.entrySet()) {
            item = item.withText(entry.getKey(), entry.getValue().value()).withState(entry.getKey(), entry.getValue().state());
        }
        return loaded.withItem(item).withEvidenceLevel(evidence.getValue());
    }

    private void save() {
        formMessage.clear();
        PracticeDraft draft = draftFromFields();
        try {
            var saved = editing.save(draft, access.actor());
            formMessage.saved();
            showChecks(saved.warnings());
            leave(saved.draft().slug());
        } catch (InvalidEditException e) {
            formMessage.invalid(e);
        } catch (StaleEditException e) {
            formMessage.stale();
        } catch (NotAllowedException e) {
            formMessage.denied(e);
        }
    }

    /** What installed code chapters' checks say of the saved texts: advice, never a refusal. */
    private void showChecks(List<String> warnings) {
        if (!warnings.isEmpty()) {
            Notification.show(getTranslation("editor.checks", String.join(" · ", warnings)), 10000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
    }

    private void leave(String savedSlug) {
        getUI().ifPresent(ui -> {
            if (savedSlug == null) {
                ui.navigate(PracticesView.class);
            } else {
                ui.navigate(PracticeView.class, PracticeView.parameters(savedSlug));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation(loaded == null || loaded.isNew() ? "editor.practice.new" : "editor.practice.edit"));
    }
}
