package org.proximite.web.editing;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.proximite.core.content.Source;
import org.proximite.web.i18n.ComponentTexts;

/**
 * An item's sources as an editor writes them, one row a source in the order of their reference
 * numbers: title, author or publisher, date published ({@code 2019}, {@code 2019-12} or a day),
 * web address, date consulted, language and a short note. Rows come and go; each field is named
 * as the core names it ({@code sources[0].url}), so a refusal shows on the field.
 */
public class SourceFields extends Composite<Details> {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private FieldErrors errors;
    private Runnable changed = () -> { };
    private java.util.function.IntConsumer removed = number -> { };

    public SourceFields() {
        Button add = new Button(getTranslation("editor.source.add"), click -> {
            addRow(null);
            changed.run();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClassName("add-source");
        list.addClassName("source-rows");
        getContent().setSummaryText(getTranslation("editor.sources"));
        getContent().add(new Span(getTranslation("editor.sources.help")), list, add);
        getContent().addClassName("editor-sources");
        getContent().setOpened(true);
    }

    /** Names every row's fields for the core's field problems; rows added later are named as they come. */
    public void register(FieldErrors errors) {
        this.errors = errors;
        renumber();
    }

    /** Called when a row is added or removed, or one of its fields changes. */
    public void onChange(Runnable listener) {
        this.changed = listener;
    }

    /** Called with the number (from 1) of a source the editor removed, before the rest are renumbered on screen. */
    public void onRemoved(java.util.function.IntConsumer listener) {
        this.removed = listener;
    }

    public void setValue(List<Source> sources) {
        rows.clear();
        list.removeAll();
        sources.forEach(this::addRow);
    }

    public List<Source> getValue() {
        return rows.stream().map(Row::value).toList();
    }

    /** A date consulted the browser could not read leaves its field empty and marked. */
    public boolean hasUnreadableInput() {
        return rows.stream().anyMatch(row -> row.consulted.isEmpty() && row.consulted.isInvalid());
    }

    private void addRow(Source source) {
        Row row = new Row();
        if (source != null) {
            row.fill(source);
        }
        rows.add(row);
        list.add(row.layout);
        renumber();
    }

    private void remove(Row row) {
        removed.accept(rows.indexOf(row) + 1);
        rows.remove(row);
        list.remove(row.layout);
        renumber();
        changed.run();
    }

    private void renumber() {
        if (errors == null) {
            return;
        }
        errors.forget("sources[");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.number.setText("[" + (i + 1) + "]");
            String prefix = "sources[" + i + "].";
            errors.register(prefix + "title", row.title);
            errors.register(prefix + "author", row.author);
            errors.register(prefix + "date", row.date);
            errors.register(prefix + "url", row.url);
            errors.register(prefix + "consulted", row.consulted);
            errors.register(prefix + "language", row.language);
            errors.register(prefix + "note", row.note);
        }
    }

    private final class Row {
        final Span number = new Span();
        final TextField title = field("editor.source.title", "source-title");
        final TextField author = field("editor.source.author", "source-author");
        final TextField date = field("editor.source.date", "source-date");
        final TextField url = field("editor.source.url", "source-url");
        final DatePicker consulted = new DatePicker(getTranslation("editor.source.consulted"));
        final TextField language = field("editor.source.language", "source-language");
        final TextField note = field("editor.source.note", "source-note");
        final Div layout = new Div();

        Row() {
            date.setHelperText(getTranslation("editor.source.date.help"));
            LengthLimit.on(title, org.proximite.chapter.format.TextField.TITLE_LENGTH * 2, false);
            LengthLimit.on(author, org.proximite.chapter.format.TextField.TITLE_LENGTH, false);
            LengthLimit.on(note, org.proximite.core.content.ContentSources.NOTE_LENGTH, false);
            consulted.addClassName("source-consulted");
            consulted.setLocale(getLocale());
            ComponentTexts.translated(consulted);
            consulted.addValueChangeListener(change -> changed.run());
            language.setMaxLength(12);
            Button remove = new Button(getTranslation("editor.source.remove"), click -> remove(this));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClassName("remove-source");
            number.addClassName("source-number");
            layout.addClassNames("source-row", "editor-meta");
            layout.add(number, title, author, date, url, consulted, language, note, remove);
        }

        private TextField field(String label, String className) {
            TextField field = new TextField(getTranslation(label));
            field.addClassName(className);
            field.addValueChangeListener(change -> changed.run());
            return field;
        }

        void fill(Source source) {
            title.setValue(orEmpty(source.title()));
            author.setValue(orEmpty(source.author()));
            date.setValue(orEmpty(source.date()));
            url.setValue(orEmpty(source.url()));
            consulted.setValue(source.consulted());
            language.setValue(orEmpty(source.language()));
            note.setValue(orEmpty(source.note()));
        }

        Source value() {
            return new Source(title.getValue().strip(), blankToNull(author), blankToNull(date), blankToNull(url), consulted.getValue(),
                    blankToNull(language), blankToNull(note));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(TextField field) {
        String value = field.getValue().strip();
        return value.isEmpty() ? null : value;
    }
}
