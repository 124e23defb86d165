package org.proximite.web.initiative;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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
import java.util.Locale;
import java.util.Map;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.initiative.InitiativeDraft;
import org.proximite.core.initiative.InitiativeFacts;
import org.proximite.web.editing.ItemTextFields;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.content.ContentLink;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.editing.EditorMessage;
import org.proximite.web.editing.FieldErrors;
import org.proximite.web.security.Roles;

/**
 * Writes an initiative, French and English side by side: when and where, who took part (in total
 * and by stakeholder group), which practices it applied, and what came out of it.
 */
@Route("edit/initiatives/:slug?")
@RolesAllowed(Roles.EDITOR)
public class InitiativeEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InitiativeEditing editing;
    private final PracticeQueries practices;
    private final LanguageQueries languages;
    private final MarkdownRenderer markdown;
    private final EditorAccess access;

    private final TextField slug = new TextField();
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField country = new TextField();
    private final TextField locality = new TextField();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final IntegerField year = new IntegerField();
    private final IntegerField participantsTotal = new IntegerField();
    private final Map<String, IntegerField> participantsByGroup = new LinkedHashMap<>();
    private final MultiSelectComboBox<String> practiceSlugs = new MultiSelectComboBox<>();
    private final Checkbox archived = new Checkbox();
    private final Select<String> defaultLanguage = new Select<>();
    private final Map<String, ItemTextFields> texts = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private final EditorMessage formMessage = new EditorMessage(errors);
    private InitiativeDraft loaded;

    public InitiativeEditorView(InitiativeEditing editing, PracticeQueries practices, LanguageQueries languages,
            MarkdownRenderer markdown, EditorAccess access) {
        this.editing = editing;
        this.practices = practices;
        this.languages = languages;
        this.markdown = markdown;
        this.access = access;
        addClassNames("initiative-editor", "editor", "page-wide");
    }

    public static RouteParameters parameters(String slug) {
        return new RouteParameters("slug", slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("slug").orElse(null);
        try {
            loaded = requested == null ? InitiativeDraft.blank(ReaderLanguage.of(getLocale())) : editing.load(requested);
        } catch (ContentNotFoundException e) {
            removeAll();
            add(new H1(getTranslation("initiative.not-found.title")), new Paragraph(getTranslation("initiative.not-found", requested)));
            return;
        }
        build();
        fill(loaded);
    }

    private void build() {
        removeAll();
        texts.clear();
        participantsByGroup.clear();
        slug.setLabel(getTranslation("editor.slug"));
        slug.setHelperText(getTranslation("editor.slug.help"));
        slug.setMaxLength(ChapterLayout.SLUG_MAX_LENGTH);
        slug.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("editor.kind"));
        kind.setItems(InitiativeDraft.KNOWN_KINDS);
        kind.setItemLabelGenerator(value -> InitiativeLabels.kind(this, value));
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(custom -> kind.setValue(custom.getDetail()));
        country.setLabel(getTranslation("editor.country"));
        country.setHelperText(getTranslation("editor.country.help"));
        country.setMaxLength(2);
        locality.setLabel(getTranslation("editor.locality"));
        locality.setMaxLength(200);
        startDate.setLabel(getTranslation("editor.start-date"));
        endDate.setLabel(getTranslation("editor.end-date"));
        startDate.setLocale(getLocale());
        endDate.setLocale(getLocale());
        year.setLabel(getTranslation("editor.year"));
        year.setHelperText(getTranslation("editor.year.help"));
        participantsTotal.setLabel(getTranslation("editor.participants-total"));
        participantsTotal.setMin(0);
        archived.setLabel(getTranslation("editor.archived"));
        Map<String, String> languageNames = new LinkedHashMap<>();
        languages.all().forEach(content -> languageNames.put(content.code(), content.nativeName()));
        defaultLanguage.setLabel(getTranslation("editor.default-language"));
        defaultLanguage.setItems(new ArrayList<>(languageNames.keySet()));
        defaultLanguage.setItemLabelGenerator(code -> languageNames.getOrDefault(code, code));
        Map<String, String> practiceTitles = new LinkedHashMap<>();
        for (ContentLink link : practices.allLinks(ReaderLanguage.of(getLocale()))) {
            practiceTitles.put(link.slug(), link.title());
        }
        practiceSlugs.setLabel(getTranslation("initiative.practices"));
        practiceSlugs.setItems(new ArrayList<>(practiceTitles.keySet()));
        practiceSlugs.setItemLabelGenerator(value -> practiceTitles.getOrDefault(value, value));

        errors.register("slug", slug);
        errors.register("kind", kind);
        errors.register("countryCode", country);
        errors.register("locality", locality);
        errors.register("endDate", endDate);
        errors.register("year", year);
        errors.register("participantsTotal", participantsTotal);
        errors.register("practices", practiceSlugs);

        Div groups = new Div();
        groups.addClassName("participant-groups");
        for (String group : editing.stakeholderGroups()) {
            IntegerField field = new IntegerField(getTranslation("stakeholder." + group));
            field.setMin(0);
            participantsByGroup.put(group, field);
            errors.register("participants." + group, field);
            groups.add(field);
        }
        Div meta = new Div(slug, kind, defaultLanguage, country, locality, startDate, endDate, year, participantsTotal, practiceSlugs, archived);
        meta.addClassName("editor-meta");
        Div columns = new Div();
        columns.addClassName("language-columns");
        LinkedHashSet<String> shown = new LinkedHashSet<>(List.of("fr", "en"));
        shown.addAll(loaded.item().texts().keySet());
        for (String code : shown) {
            ItemTextFields fields = new ItemTextFields(ItemKind.INITIATIVE, code, languageNames.getOrDefault(code, code), markdown);
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
        add(new H1(getTranslation(loaded.isNew() ? "editor.initiative.new" : "editor.initiative.edit")), meta,
                new H2(getTranslation("initiative.participants")), groups, formMessage, columns, actions);
    }

    private void fill(InitiativeDraft draft) {
        InitiativeFacts facts = draft.facts();
        slug.setValue(draft.slug());
        kind.setValue(facts.kind());
        country.setValue(facts.countryCode() == null ? "" : facts.countryCode());
        locality.setValue(facts.locality() == null ? "" : facts.locality());
        startDate.setValue(facts.startDate());
        endDate.setValue(facts.endDate());
        year.setValue(facts.year());
        participantsTotal.setValue(facts.participantsTotal());
        participantsByGroup.forEach((group, field) -> field.setValue(draft.participantsByGroup().get(group)));
        practiceSlugs.setValue(new LinkedHashSet<>(draft.practiceSlugs()));
        archived.setValue(draft.item().archived());
        defaultLanguage.setValue(draft.item().defaultLanguage());
        texts.forEach((code, fields) -> fields.setValue(draft.item().texts().get(code)));
    }

    private InitiativeDraft draftFromFields() {
        Map<String, Integer> groups = new LinkedHashMap<>();
        participantsByGroup.forEach((group, field) -> {
            if (field.getValue() != null) {
                groups.put(group, field.getValue());
            }
        });
        ItemDraft item = loaded.item().with(slug.getValue().strip(), defaultLanguage.getValue(), archived.getValue(), loaded.item().themeSlugs());
        for (var entry : texts.entrySet()) {
            item = item.withText(entry.getKey(), entry.getValue().value()).withState(entry.getKey(), entry.getValue().state());
        }
        String countryCode = country.getValue().strip().toUpperCase(Locale.ROOT);
        InitiativeFacts facts = new InitiativeFacts(kind.getValue(), countryCode.isEmpty() ? null : countryCode, locality.getValue(),
                startDate.getValue(), endDate.getValue(), year.getValue(), loaded.facts().planned(), participantsTotal.getValue());
        return loaded.withItem(item).withOwn(facts, groups, List.copyOf(practiceSlugs.getValue()));
    }

    private void save() {
        formMessage.clear();
        if (startDate.isInvalid() || endDate.isInvalid() || year.isInvalid() || participantsTotal.isInvalid()) {
            formMessage.invalid();
            return;
        }
        InitiativeDraft draft = draftFromFields();
        try {
            InitiativeDraft saved = editing.save(draft, access.actor());
            formMessage.saved();
            leave(saved.slug());
        } catch (InvalidEditException e) {
            formMessage.invalid(e);
        } catch (StaleEditException e) {
            formMessage.stale();
        } catch (NotAllowedException e) {
            formMessage.denied(e);
        }
    }

    private void leave(String savedSlug) {
        getUI().ifPresent(ui -> {
            if (savedSlug == null) {
                ui.navigate(InitiativesView.class);
            } else {
                ui.navigate(InitiativeView.class, InitiativeView.parameters(savedSlug));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation(loaded == null || loaded.isNew() ? "editor.initiative.new" : "editor.initiative.edit"));
    }
}
