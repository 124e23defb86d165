package org.proximite.web.initiative;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.initiative.InitiativeDraft;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.initiative.InitiativeFacts;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditedKind;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.editing.FieldErrors;
import org.proximite.web.editing.ItemEditorView;
import org.proximite.web.editing.LengthLimit;
import org.proximite.web.editing.PracticePicker;
import org.proximite.web.security.Roles;
import org.proximite.web.i18n.ComponentTexts;

/**
 * Writes an initiative: what every item's editor has, with its kind, place and dates, who took
 * part (in total and by stakeholder group), the practices it applied and the organisations
 * involved, both chosen by name.
 */
@Route("edit/initiatives/:slug?")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.COUNTRY_EDITOR, Roles.TRANSLATOR})
public class InitiativeEditorView extends ItemEditorView<InitiativeDraft> {

    private final InitiativeEditing editing;
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField country = new TextField();
    private final TextField locality = new TextField();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final IntegerField year = new IntegerField();
    private final IntegerField participantsTotal = new IntegerField();
    private final PracticePicker practices;
    private final MultiSelectComboBox<String> organisations = new MultiSelectComboBox<>();
    private final Map<String, String> organisationNames = new LinkedHashMap<>();
    private final Map<String, IntegerField> participantsByGroup = new LinkedHashMap<>();

    public InitiativeEditorView(InitiativeEditing editing, PracticeQueries practiceQueries, LanguageQueries languages, MarkdownRenderer markdown,
            EditorAccess access, org.proximite.web.editing.TextWork work) {
        super(new EditedKind<>(ItemKind.INITIATIVE, editing::load, InitiativeDraft::blank, InitiativeDraft::item, InitiativeDraft::withItem,
                InitiativeDraft::rebasedOn, InitiativesView.class, InitiativeView.class, InitiativeDraft.class), languages, markdown, access, work);
        this.editing = editing;
        kind.setLabel(getTranslation("editor.kind"));
        kind.setItems(InitiativeDraft.KNOWN_KINDS);
        kind.setItemLabelGenerator(value -> InitiativeLabels.kind(this, value));
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(custom -> kind.setValue(custom.getDetail()));
        country.setLabel(getTranslation("editor.country"));
        country.setHelperText(getTranslation("editor.country.help"));
        locality.setLabel(getTranslation("editor.locality"));
        // Neither the country code nor the place is cut by the browser: a pasted text stays whole and says when it is too long.
        LengthLimit.on(locality, org.proximite.chapter.format.TextField.LOCALITY_LENGTH, false);
        startDate.setLabel(getTranslation("editor.start-date"));
        endDate.setLabel(getTranslation("editor.end-date"));
        year.setLabel(getTranslation("editor.year"));
        year.setHelperText(getTranslation("editor.year.help"));
        participantsTotal.setLabel(getTranslation("editor.participants-total"));
        participantsTotal.setMin(0);
        for (String group : editing.stakeholderGroups()) {
            IntegerField field = new IntegerField(getTranslation("stakeholder." + group));
            field.setMin(0);
            participantsByGroup.put(group, field);
        }
        practices = new PracticePicker(getTranslation("initiative.practices"), practiceQueries.allLinks(ReaderLanguage.of(getLocale())));
        editing.organisations().forEach(organisation -> organisationNames.put(organisation.slug(), organisation.name()));
        organisations.setLabel(getTranslation("initiative.organisations"));
        organisations.setItems(new ArrayList<>(organisationNames.keySet()));
        organisations.setItemLabelGenerator(slug -> organisationNames.getOrDefault(slug, slug));
        organisations.addClassName("field-organisations");
        practices.addClassName("field-practices");
        ComponentTexts.translated(organisations);
        locality.addValueChangeListener(change -> refreshWarnings());
        startDate.addValueChangeListener(change -> refreshWarnings());
        endDate.addValueChangeListener(change -> refreshWarnings());
        year.addValueChangeListener(change -> refreshWarnings());
        participantsTotal.addValueChangeListener(change -> refreshWarnings());
        participantsByGroup.values().forEach(field -> field.addValueChangeListener(change -> refreshWarnings()));
    }

    @Override
    protected Component ownFields() {
        Div facts = new Div(kind, country, locality, startDate, endDate, year, participantsTotal, practices, organisations);
        facts.addClassName("editor-meta");
        Div groups = new Div(participantsByGroup.values().toArray(Component[]::new));
        groups.addClassName("participant-groups");
        return new Div(facts, new H2(getTranslation("initiative.participants")), groups);
    }

    @Override
    protected void fillOwn(InitiativeDraft draft) {
        InitiativeFacts facts = draft.facts();
        startDate.setLocale(getLocale());
        endDate.setLocale(getLocale());
        ComponentTexts.translated(startDate);
        ComponentTexts.translated(endDate);
        kind.setValue(facts.kind());
        country.setValue(facts.countryCode() == null ? "" : facts.countryCode());
        locality.setValue(facts.locality() == null ? "" : facts.locality());
        startDate.setValue(facts.startDate());
        endDate.setValue(facts.endDate());
        year.setValue(facts.year());
        participantsTotal.setValue(facts.participantsTotal());
        participantsByGroup.forEach((group, field) -> field.setValue(draft.participantsByGroup().get(group)));
        practices.setValue(new LinkedHashSet<>(draft.practiceSlugs()));
        organisations.setValue(draft.organisationSlugs() == null ? Set.of() : new LinkedHashSet<>(draft.organisationSlugs()));
    }

    @Override
    protected InitiativeDraft withOwn(InitiativeDraft draft) {
        Map<String, Integer> groups = new LinkedHashMap<>();
        participantsByGroup.forEach((group, field) -> {
            if (field.getValue() != null) {
                groups.put(group, field.getValue());
            }
        });
        String countryCode = country.getValue().strip().toUpperCase(Locale.ROOT);
        InitiativeFacts facts = new InitiativeFacts(kind.getValue(), countryCode.isEmpty() ? null : countryCode, locality.getValue(),
                startDate.getValue(), endDate.getValue(), year.getValue(), draft.facts().planned(), participantsTotal.getValue());
        InitiativeDraft withOwn = draft.withOwn(facts, groups, List.copyOf(practices.getValue()));
        // A draft that did not carry its organisations (kept by an older version) leaves them as stored until some are chosen.
        return draft.organisationSlugs() == null && organisations.isEmpty() ? withOwn
                : withOwn.withOrganisations(List.copyOf(organisations.getValue()));
    }

    @Override
    protected void registerOwn(FieldErrors errors) {
        errors.register("kind", kind);
        errors.register("countryCode", country);
        errors.register("locality", locality);
        errors.register("startDate", startDate);
        errors.register("endDate", endDate);
        errors.register("year", year);
        errors.register("participantsTotal", participantsTotal);
        errors.register("practices", practices);
        errors.register("organisations", organisations);
        participantsByGroup.forEach((group, field) -> errors.register("participants." + group, field));
    }

    /** A date or a number the browser could not read leaves its field empty and marked. */
    @Override
    protected boolean hasUnreadableInput() {
        return unreadable(startDate) || unreadable(endDate) || unreadable(year) || unreadable(participantsTotal)
                || participantsByGroup.values().stream().anyMatch(InitiativeEditorView::unreadable);
    }

    private static <F extends HasValue<?, ?> & HasValidation> boolean unreadable(F field) {
        return field.isEmpty() && field.isInvalid();
    }

    /** The facts, participants, practices and organisations in words, as the editor reads them when someone else changed them too. */
    @Override
    protected String describe(String part, InitiativeDraft draft) {
        if (!part.equals(InitiativeDraft.OWN_FIELDS)) {
            return null;
        }
        InitiativeFacts facts = draft.facts();
        List<String> words = new ArrayList<>();
        words.add(InitiativeLabels.kind(this, facts.kind()));
        words.add(String.join(", ", java.util.stream.Stream.of(facts.locality(), facts.countryCode())
                .filter(value -> value != null && !value.isBlank()).toList()));
        words.add(String.join(" – ", java.util.stream.Stream.of(facts.startDate(), facts.endDate()).filter(java.util.Objects::nonNull)
                .map(String::valueOf).toList()) + (facts.year() == null ? "" : " " + facts.year()));
        if (facts.participantsTotal() != null) {
            words.add(getTranslation("initiative.participants.count", facts.participantsTotal()));
        }
        draft.participantsByGroup().forEach((group, count) -> words.add(getTranslation("initiative.participants.group",
                getTranslation("stakeholder." + group), count)));
        words.add(getTranslation("editor.conflict.practices",
                String.join(", ", draft.practiceSlugs().stream().map(practices::titleOf).toList())));
        if (draft.organisationSlugs() != null) {
            words.add(getTranslation("editor.conflict.organisations",
                    String.join(", ", draft.organisationSlugs().stream().map(slug -> organisationNames.getOrDefault(slug, slug)).toList())));
        }
        return String.join("\n", words.stream().map(String::strip).filter(word -> !word.isEmpty()).toList());
    }

    /** A date, a place or a count that no source supports: the editor is told which, nothing is refused. */
    @Override
    protected List<String> warnings(InitiativeDraft draft) {
        if (!draft.item().sources().isEmpty()) {
            return List.of();
        }
        List<String> facts = new ArrayList<>();
        InitiativeFacts given = draft.facts();
        if (given.startDate() != null || given.endDate() != null || given.year() != null) {
            facts.add(getTranslation("editor.unsourced.dates"));
        }
        if (given.locality() != null && !given.locality().isBlank()) {
            facts.add(getTranslation("editor.unsourced.place"));
        }
        if (given.participantsTotal() != null || !draft.participantsByGroup().isEmpty()) {
            facts.add(getTranslation("editor.unsourced.participants"));
        }
        return facts.isEmpty() ? List.of() : List.of(getTranslation("editor.unsourced", String.join(", ", facts)));
    }

    @Override
    protected InitiativeDraft save(InitiativeDraft draft, Actor actor) {
        return editing.save(draft, actor);
    }
}
