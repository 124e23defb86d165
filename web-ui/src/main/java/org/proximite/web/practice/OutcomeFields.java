package org.proximite.web.practice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeDirection;
import org.proximite.core.practice.PracticeOutcome;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.OutcomeLabels;
import org.proximite.web.editing.FieldErrors;

/**
 * A practice's outcomes as an editor rates them, one row an outcome: what changes, the direction
 * found, the level on the ladder, and the numbers of the sources that support it ("1, 3"). Each
 * field is named as the core names it ({@code outcomes[0].sources}). The choices are combo boxes:
 * their lists reach the browser when opened, so an open editor keeps no component for each choice
 * of each row. The section is folded, and its rows are made when it is first opened (by the editor,
 * or by a save that finds a problem in them): until then it keeps only the outcomes, and an open
 * editor no component for them.
 */
class OutcomeFields extends Composite<Details> {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private FieldErrors errors;
    /** The outcomes while the rows are not made; null once they are. */
    private List<PracticeOutcome> folded = List.of();

    OutcomeFields() {
        getContent().setSummaryText(getTranslation("outcomes.title"));
        getContent().addClassName("editor-outcomes");
        getContent().setOpened(false);
        getContent().getElement().addPropertyChangeListener("opened", "opened-changed", opened -> {
            if (getContent().isOpened()) {
                makeRows();
            }
        });
    }

    /** Makes the rows of the outcomes, with the section's help and its button to add one, if they are not made yet. */
    private void makeRows() {
        if (folded == null) {
            return;
        }
        List<PracticeOutcome> outcomes = folded;
        folded = null;
        Button add = new Button(getTranslation("editor.outcome.add"), click -> addRow(null));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClassName("add-outcome");
        list.addClassName("outcome-rows");
        getContent().add(new Span(getTranslation("editor.outcomes.help")), list, add);
        outcomes.forEach(this::addRow);
        renumber();
    }

    /** Opens the section, making its rows: a problem is to be shown on one of them. */
    private void open() {
        getContent().setOpened(true);
        makeRows();
    }

    void register(FieldErrors errors) {
        this.errors = errors;
        errors.registerOpening("outcomes[", this::open);
        renumber();
    }

    void setValue(List<PracticeOutcome> outcomes) {
        if (folded != null) {
            folded = List.copyOf(outcomes);
            return;
        }
        rows.clear();
        list.removeAll();
        outcomes.forEach(this::addRow);
    }

    List<PracticeOutcome> getValue() {
        return folded != null ? folded : rows.stream().map(Row::value).toList();
    }

    /** Source numbers that are not numbers: nothing can be saved until they are. */
    boolean hasUnreadableInput() {
        boolean unreadable = false;
        for (Row row : rows) {
            if (row.numbers() == null) {
                row.sources.setErrorMessage(getTranslation("validation.sourceNumbers"));
                row.sources.setInvalid(true);
                unreadable = true;
            }
        }
        return unreadable;
    }

    /** Drops the citations of the removed source and moves later numbers down by one. */
    void sourceRemoved(int number) {
        if (folded != null) {
            folded = folded.stream().map(outcome -> new PracticeOutcome(outcome.outcome(), outcome.direction(), outcome.level(),
                    outcome.sources().stream().filter(cited -> cited != number).map(cited -> cited > number ? cited - 1 : cited).toList()))
                    .toList();
            return;
        }
        for (Row row : rows) {
            List<Integer> numbers = row.numbers();
            if (numbers != null) {
                row.sources.setValue(String.join(", ", numbers.stream().filter(cited -> cited != number)
                        .map(cited -> String.valueOf(cited > number ? cited - 1 : cited)).toList()));
            }
        }
    }

    private void addRow(PracticeOutcome outcome) {
        Row row = new Row();
        if (outcome != null) {
            row.outcome.setValue(outcome.outcome());
            row.direction.setValue(outcome.direction());
            row.level.setValue(outcome.level());
            row.sources.setValue(String.join(", ", outcome.sources().stream().map(String::valueOf).toList()));
        }
        rows.add(row);
        list.add(row.layout);
        renumber();
    }

    private void remove(Row row) {
        rows.remove(row);
        list.remove(row.layout);
        renumber();
    }

    private void renumber() {
        if (errors == null || folded != null) {
            return;
        }
        errors.forget("outcomes[");
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "outcomes[" + i + "].";
            errors.register(prefix + "outcome", rows.get(i).outcome);
            errors.register(prefix + "direction", rows.get(i).direction);
            errors.register(prefix + "level", rows.get(i).level);
            errors.register(prefix + "sources", rows.get(i).sources);
        }
    }

    private final class Row {
        final ComboBox<String> outcome = new ComboBox<>();
        final ComboBox<OutcomeDirection> direction = new ComboBox<>();
        final ComboBox<EvidenceLevel> level = new ComboBox<>();
        final TextField sources = new TextField(getTranslation("editor.outcome.sources"));
        final Div layout = new Div();

        Row() {
            outcome.setLabel(getTranslation("editor.outcome.outcome"));
            outcome.setItems(OutcomeLabels.codes());
            outcome.setItemLabelGenerator(code -> OutcomeLabels.name(OutcomeFields.this, code));
            outcome.addClassName("outcome-outcome");
            direction.setLabel(getTranslation("editor.outcome.direction"));
            direction.setItems(OutcomeDirection.values());
            direction.setItemLabelGenerator(value -> OutcomeLabels.direction(OutcomeFields.this, value));
            direction.setValue(OutcomeDirection.NOT_MEASURED);
            direction.addClassName("outcome-direction");
            level.setLabel(getTranslation("editor.outcome.level"));
            level.setItems(EvidenceLevel.values());
            level.setItemLabelGenerator(value -> EvidenceLabels.name(OutcomeFields.this, value));
            level.setValue(EvidenceLevel.PRACTICE_BASED);
            level.addClassName("outcome-level");
            sources.setHelperText(getTranslation("editor.outcome.sources.help"));
            sources.addClassName("outcome-sources");
            Button remove = new Button(getTranslation("editor.outcome.remove"), click -> remove(this));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClassName("remove-outcome");
            layout.addClassNames("outcome-row", "editor-meta");
            layout.add(outcome, direction, level, sources, remove);
        }

        /** The numbers written, or null when something else is written there. */
        List<Integer> numbers() {
            String written = sources.getValue().strip();
            if (written.isEmpty()) {
                return List.of();
            }
            try {
                return Arrays.stream(written.split("[,;\\s]+")).filter(part -> !part.isEmpty())
                        .map(part -> Integer.parseInt(part.replace("[", "").replace("]", ""))).toList();
            } catch (NumberFormatException e) {
                return null;
            }
        }

        PracticeOutcome value() {
            List<Integer> numbers = numbers();
            return new PracticeOutcome(outcome.getValue(), direction.getValue(), level.getValue(), numbers == null ? List.of() : numbers);
        }
    }
}
