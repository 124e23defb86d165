package org.proximite.web.editing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A save refused because someone else changed the same fields meanwhile: for each field, the
 * editor's own text beside the one saved meanwhile (by whom and when, where it is known), and a
 * choice between keeping one's own, which a text field lets the editor rework first, and taking
 * theirs. Keeping one's own is chosen until the editor says otherwise, so that no click loses it;
 * closing the dialog changes nothing: the editor's text stays in the fields, unsaved.
 */
class ConflictDialog extends Dialog {

    /** What the editor chooses for one field. */
    enum Choice {
        MINE,
        THEIRS
    }

    /**
     * One field both changed, as the dialog shows it.
     *
     * @param key the field as {@link org.proximite.core.editing.EditConflict#key()} names it
     * @param name the field's name in the editor's language, with the language of the text
     * @param theirs the value saved meanwhile, as a person reads it
     * @param savedBy who saved it and when, in words
     * @param yours the editor's value, as a person reads it
     * @param editable whether the editor may rework their value in the dialog (a text field)
     * @param language the language both values are written in (a text field's), or null when they are words of the interface
     */
    record Field(String key, String name, String theirs, String savedBy, String yours, boolean editable, String language) {}

    /** What the editor chose: the fields for which the stored value wins, and their own texts as reworked. */
    interface Resolution {
        void apply(Set<String> takeTheirs, Map<String, String> reworked);
    }

    private final Map<String, RadioButtonGroup<Choice>> choices = new LinkedHashMap<>();
    private final Map<String, TextArea> yours = new LinkedHashMap<>();

    ConflictDialog(List<Field> fields, Resolution resolution) {
        addClassName("conflict-dialog");
        setHeaderTitle(getTranslation("editor.conflict.title"));
        setWidth("min(64rem, 100vw)");
        setCloseOnOutsideClick(false);
        Paragraph intro = new Paragraph(getTranslation("editor.conflict.intro"));
        intro.addClassName("conflict-intro");
        add(intro);
        fields.forEach(field -> add(row(field)));
        Button keepUnsaved = new Button(getTranslation("editor.conflict.close"), click -> close());
        keepUnsaved.addClassName("conflict-close");
        Button save = new Button(getTranslation("editor.conflict.save"), click -> {
            Set<String> takeTheirs = new LinkedHashSet<>();
            Map<String, String> reworked = new LinkedHashMap<>();
            choices.forEach((key, choice) -> {
                if (choice.getValue() == Choice.THEIRS) {
                    takeTheirs.add(key);
                } else if (yours.containsKey(key)) {
                    reworked.put(key, yours.get(key).getValue());
                }
            });
            close();
            resolution.apply(takeTheirs, reworked);
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("conflict-save");
        getFooter().add(keepUnsaved, save);
    }

    private Component row(Field field) {
        Div row = new Div();
        row.addClassName("conflict");
        row.getElement().setAttribute("data-field", field.key());
        H3 name = new H3(field.name());
        name.addClassName("conflict-field");

        Span theirsLabel = new Span(field.savedBy());
        theirsLabel.addClassName("conflict-label");
        Paragraph theirsText = new Paragraph(shown(field.theirs()));
        theirsText.addClassName("conflict-theirs-text");
        writtenIn(theirsText, field.theirs() == null || field.theirs().isBlank() ? null : field.language());
        Div theirs = new Div(theirsLabel, theirsText);
        theirs.addClassNames("conflict-version", "conflict-theirs");

        Span yoursLabel = new Span(getTranslation("editor.conflict.yours"));
        yoursLabel.addClassName("conflict-label");
        Component yoursText;
        if (field.editable()) {
            TextArea area = new TextArea();
            area.setValue(field.yours() == null ? "" : field.yours());
            area.setWidthFull();
            area.setAriaLabel(getTranslation("editor.conflict.yours") + " · " + field.name());
            area.addClassName("conflict-yours-text");
            writtenIn(area, field.language());
            yours.put(field.key(), area);
            yoursText = area;
        } else {
            yoursText = new Paragraph(shown(field.yours()));
            ((Paragraph) yoursText).addClassName("conflict-yours-text");
            writtenIn(yoursText, field.yours() == null || field.yours().isBlank() ? null : field.language());
        }
        Div mine = new Div(yoursLabel, yoursText);
        mine.addClassNames("conflict-version", "conflict-yours");

        Div versions = new Div(mine, theirs);
        versions.addClassName("conflict-versions");

        RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(getTranslation("editor.conflict.keep"));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(value -> getTranslation(value == Choice.MINE ? "editor.conflict.mine" : "editor.conflict.theirs"));
        choice.setValue(Choice.MINE);
        choice.addClassName("conflict-choice");
        choice.addValueChangeListener(change -> {
            if (yours.containsKey(field.key())) {
                yours.get(field.key()).setReadOnly(change.getValue() == Choice.THEIRS);
            }
        });
        choices.put(field.key(), choice);
        row.add(name, versions, choice);
        return row;
    }

    /** Marks a value with the language it is written in; null for the interface's own words (a state, "empty"). */
    private static void writtenIn(Component holder, String language) {
        if (language != null) {
            holder.getElement().setAttribute("lang", language);
        }
    }

    private String shown(String value) {
        return value == null || value.isBlank() ? getTranslation("editor.conflict.empty") : value;
    }
}
