package org.proximite.web.editing;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.TextState;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.content.FieldLabels;

/**
 * An item's text in one language, with its state in the workflow, built from the kind's
 * description of its fields: practices and initiatives use the same component. Each field shows
 * its length limit; none cuts a text.
 */
public class ItemTextFields extends Composite<Div> {

    private final ItemKind kind;
    private final String language;
    private final Select<TextState> state = new Select<>();
    private final com.vaadin.flow.component.html.Span lastSaved = new com.vaadin.flow.component.html.Span();
    private final Div workflow = new Div();
    private final Map<String, TextFieldBase<?, String>> plain = new LinkedHashMap<>();
    private final Map<String, MarkdownField> markdown = new LinkedHashMap<>();
    private final Map<String, MarkdownSection> sections = new LinkedHashMap<>();

    public ItemTextFields(ItemKind kind, String language, String languageName, MarkdownRenderer renderer) {
        this.kind = kind;
        this.language = language;
        Div column = getContent();
        column.addClassName("language-column");
        column.getElement().setAttribute("lang", language);
        column.add(new H2(languageName));
        state.setLabel(getTranslation("editor.state"));
        state.setItems(TextState.values());
        state.setItemLabelGenerator(value -> getTranslation("status." + value.name().toLowerCase(Locale.ROOT)));
        state.addClassName("field-state");
        lastSaved.addClassName("last-saved");
        // The column is marked with its content's language; its state, last save and workflow are the page's words.
        String pageLanguage = getLocale().getLanguage();
        List.of(state, lastSaved, workflow).forEach(part -> part.getElement().setAttribute("lang", pageLanguage));
        column.add(state, lastSaved, workflow);
        for (org.proximite.chapter.format.TextField field : kind.textFields()) {
            String label = FieldLabels.of(this, kind, field.name());
            if (field.markdown() && field.name().equals("body")) {
                MarkdownField input = new MarkdownField(renderer, field.maxLength());
                input.setLabel(label);
                input.addClassName("field-" + field.name());
                markdown.put(field.name(), input);
                column.add(input);
            } else if (field.markdown()) {
                // EMMIE sections and other long parts fold away, so that a column stays readable.
                MarkdownSection section = new MarkdownSection(field.name(), label, renderer, field.maxLength());
                sections.put(field.name(), section);
                column.add(section);
            } else {
                TextFieldBase<?, String> input = field.maxLength() > org.proximite.chapter.format.TextField.TITLE_LENGTH
                        ? new TextArea(label) : new TextField(label);
                input.setWidthFull();
                input.setRequiredIndicatorVisible(field.required());
                input.addClassName("field-" + field.name());
                LengthLimit.on(input, field.maxLength(), true);
                plain.put(field.name(), input);
                column.add(input);
            }
        }
    }

    public String language() {
        return language;
    }

    public void register(FieldErrors errors) {
        plain.forEach((name, input) -> errors.register(language + "." + name, input));
        markdown.forEach((name, input) -> errors.register(language + "." + name, input.textArea()));
        sections.forEach((name, section) -> errors.register(language + "." + name, section));
    }

    public void setValue(LanguageText text) {
        ItemText fields = text == null ? ItemText.EMPTY : text.text();
        state.setValue(text == null ? TextState.DRAFT : text.state());
        boolean saved = text != null && text.updatedAt() != null;
        lastSaved.setVisible(saved);
        lastSaved.setText(saved ? getTranslation("editor.last-saved", text.updatedBy(),
                java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM).withLocale(getLocale())
                        .format(text.updatedAt().atZoneSameInstant(java.time.ZoneOffset.UTC))) + " UTC" : "");
        plain.forEach((name, input) -> input.setValue(fields.get(name) == null ? "" : fields.get(name)));
        markdown.forEach((name, input) -> input.setValue(fields.get(name)));
        sections.forEach((name, section) -> section.setValue(fields.get(name)));
    }

    /** The states the signed-in person may choose for this text (the current one stays shown). */
    public void limitStates(java.util.Collection<TextState> choosable) {
        TextState current = state.getValue();
        java.util.Set<TextState> shown = java.util.EnumSet.noneOf(TextState.class);
        shown.addAll(choosable);
        if (current != null) {
            shown.add(current);
        }
        state.setItems(shown);
        state.setValue(current);
    }

    /** Shows where the text stands and what can be done with it next. */
    void showWorkflow(com.vaadin.flow.component.Component bar) {
        workflow.removeAll();
        workflow.add(bar);
    }

    /** Marks the fields whose source changed since this translation was written. */
    void markOutdated(java.util.List<String> fields) {
        fields.forEach(name -> {
            if (plain.containsKey(name)) {
                plain.get(name).addClassName("outdated-field");
            }
            if (markdown.containsKey(name)) {
                markdown.get(name).addClassName("outdated-field");
            }
            if (sections.containsKey(name)) {
                sections.get(name).markOutdated();
            }
        });
    }

    public TextState state() {
        return state.getValue() == null ? TextState.DRAFT : state.getValue();
    }

    public ItemText value() {
        Map<String, String> values = new LinkedHashMap<>();
        plain.forEach((name, input) -> values.put(name, input.getValue()));
        markdown.forEach((name, input) -> values.put(name, input.getValue()));
        sections.forEach((name, section) -> values.put(name, section.getValue()));
        return ItemText.of(kind, values);
    }
}
