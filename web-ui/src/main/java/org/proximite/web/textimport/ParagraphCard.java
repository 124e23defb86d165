package org.proximite.web.textimport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proximite.core.textimport.ImportedParagraph;

/** One paragraph of an import: its language, which the editor may change, and its text, with its repairs when it has some. */
class ParagraphCard extends Div {

    /** The value of the language choice that means "not known". */
    static final String UNKNOWN = "";

    private final ImportedParagraph paragraph;
    private final Select<String> language = new Select<>();

    ParagraphCard(ImportedParagraph paragraph, Map<String, String> languageNames) {
        this.paragraph = paragraph;
        addClassName("import-paragraph");
        List<String> choices = new ArrayList<>(languageNames.keySet());
        if (paragraph.language() != null && !choices.contains(paragraph.language())) {
            choices.add(paragraph.language());
        }
        choices.add(UNKNOWN);
        language.setLabel(getTranslation("import.paragraph.language"));
        language.setItems(choices);
        language.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("import.language.unknown") : languageNames.getOrDefault(code, code));
        language.setValue(paragraph.language() == null ? UNKNOWN : paragraph.language());
        language.addClassName("import-language");
        add(language);
        Component written;
        if (paragraph.repairs().isEmpty()) {
            written = new Paragraph(paragraph.text());
            written.addClassName("import-text");
        } else {
            written = new RepairDiff(paragraph.original(), paragraph.repairs(), getTranslation("import.before"), getTranslation("import.after"),
                    getTranslation("import.guessed"), getLocale().getLanguage());
        }
        add(written);
        // The text is marked with the language chosen for it (empty: not known), and follows the choice.
        written.getElement().setAttribute("lang", language.getValue());
        language.addValueChangeListener(change -> written.getElement().setAttribute("lang", change.getValue() == null ? UNKNOWN : change.getValue()));
        if (paragraph.suspect()) {
            Paragraph warning = new Paragraph(getTranslation("import.suspect"));
            warning.addClassName("import-suspect");
            add(warning);
        }
    }

    /** The paragraph with the language the editor chose. */
    ImportedParagraph accepted() {
        String chosen = language.getValue();
        return paragraph.withLanguage(chosen == null || chosen.isEmpty() ? null : chosen);
    }

    Select<String> language() {
        return language;
    }
}
