package org.proximite.web.editing;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proximite.core.content.ContentResources;
import org.proximite.core.content.Resource;

/**
 * An item's tools and resources as an editor writes them, one row a resource in the order readers
 * see them: its title, its web address ({@code https://} or {@code http://}, checked as it is typed
 * and again by the core) and the language it is in, or every language. Rows come and go; each field
 * is named as the core names it ({@code resources[0].url}), so that a refusal shows on the field.
 */
public class ResourceFields extends Composite<Details> {

    /** The value of the language select for a resource in every language. */
    private static final String EVERY_LANGUAGE = "";

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Map<String, String> languageNames;
    private FieldErrors errors;

    /** @param languageNames the languages content can be written in, by code, with their own names */
    public ResourceFields(Map<String, String> languageNames) {
        this.languageNames = languageNames;
        Button add = new Button(getTranslation("editor.resource.add"), click -> addRow(null).title.focus());
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClassName("add-resource");
        list.addClassName("resource-rows");
        getContent().setSummaryText(getTranslation("editor.resources"));
        getContent().add(new Span(getTranslation("editor.resources.help")), list, add);
        getContent().addClassName("editor-resources");
        getContent().setOpened(true);
    }

    /** Names every row's fields for the core's field problems; rows added later are named as they come. */
    public void register(FieldErrors errors) {
        this.errors = errors;
        rename();
    }

    public void setValue(List<Resource> resources) {
        rows.clear();
        list.removeAll();
        resources.forEach(this::addRow);
    }

    public List<Resource> getValue() {
        return rows.stream().map(Row::value).toList();
    }

    private Row addRow(Resource resource) {
        Row row = new Row();
        if (resource != null) {
            row.fill(resource);
        }
        rows.add(row);
        list.add(row.layout);
        rename();
        return row;
    }

    private void remove(Row row) {
        rows.remove(row);
        list.remove(row.layout);
        rename();
    }

    private void rename() {
        if (errors == null) {
            return;
        }
        errors.forget("resources[");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String prefix = "resources[" + i + "].";
            errors.register(prefix + "label", row.title);
            errors.register(prefix + "url", row.url);
            errors.register(prefix + "language", row.language);
        }
    }

    private final class Row {
        final TextField title = new TextField(getTranslation("editor.resource.title"));
        final TextField url = new TextField(getTranslation("editor.resource.url"));
        final Select<String> language = new Select<>();
        final Div layout = new Div();
        /** A link, or a file a chapter brought: kept as it was. */
        String kind = ContentResources.LINK;

        Row() {
            title.addClassName("resource-title");
            LengthLimit.on(title, ContentResources.LABEL_LENGTH, false);
            url.addClassName("resource-url");
            url.setHelperText(getTranslation("editor.resource.url.help"));
            LengthLimit.on(url, ContentResources.URL_LENGTH, false);
            // After the length's own check, which clears the field's message as it is typed.
            url.addValueChangeListener(change -> checkAddress());
            List<String> codes = new ArrayList<>();
            codes.add(EVERY_LANGUAGE);
            codes.addAll(languageNames.keySet());
            language.setLabel(getTranslation("editor.resource.language"));
            language.setItems(codes);
            language.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("editor.resource.every-language")
                    : languageNames.getOrDefault(code, code));
            language.setValue(EVERY_LANGUAGE);
            language.addClassName("resource-language");
            Button remove = new Button(getTranslation("editor.resource.remove"), click -> remove(this));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClassName("remove-resource");
            layout.addClassNames("resource-row", "editor-meta");
            layout.add(title, url, language, remove);
        }

        /** An address readers could not open is marked as soon as it is typed, with the words the core refuses it with. */
        private void checkAddress() {
            String value = url.getValue().strip();
            if (!url.isInvalid() && !value.isEmpty() && !ContentResources.isWebAddress(value)) {
                url.setErrorMessage(getTranslation("validation.url"));
                url.setInvalid(true);
            }
        }

        void fill(Resource resource) {
            title.setValue(resource.label() == null ? "" : resource.label());
            url.setValue(resource.url() == null ? "" : resource.url());
            String code = resource.language() == null ? EVERY_LANGUAGE : resource.language();
            if (!code.isEmpty() && !languageNames.containsKey(code)) {
                List<String> codes = new ArrayList<>(language.getListDataView().getItems().toList());
                codes.add(code);
                language.setItems(codes);
            }
            language.setValue(code);
            kind = resource.kind() == null ? ContentResources.LINK : resource.kind();
        }

        Resource value() {
            String code = language.getValue();
            return new Resource(kind, code == null || code.isEmpty() ? null : code, title.getValue().strip(), url.getValue().strip());
        }
    }
}
