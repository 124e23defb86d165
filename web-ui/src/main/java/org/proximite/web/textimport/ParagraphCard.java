package org.proximite.web.textimport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.core.textimport.ImportedParagraph;
import org.proximite.core.textimport.reading.IncomingText;

/**
 * One paragraph of an import: its language, which the editor may change, and its text, with its
 * repairs when it has some. The editor may rewrite the text by hand before accepting (Edit, then
 * Keep or Cancel; Ctrl+Enter keeps, Escape cancels); the card then shows the text as written,
 * marked as edited by hand. The editor may refuse a paragraph (a menu, a notice, a repair no edit
 * would make right): it then stays out of the draft, marked so, until it is taken back. The
 * language choice follows the guide's languages while the page is open; a language chosen for the
 * paragraph that the guide no longer has stays chosen, and the card says so until another is chosen.
 */
class ParagraphCard extends Div {

    /** The value of the language choice that means "not known". */
    static final String UNKNOWN = "";

    private ImportedParagraph paragraph;
    private final int number;
    private final Select<String> language = new Select<>();
    /** The names of the languages offered, by code. */
    private Map<String, String> names;
    private final Div shown = new Div();
    private final Button edit = new Button();
    private final Button refuse = new Button();
    private final Div editing = new Div();
    private final TextArea text = new TextArea();
    /** The paragraph's text as shown: marked with the language chosen for it. */
    private Component written;

    ParagraphCard(ImportedParagraph paragraph, int number, Map<String, String> languageNames) {
        this.paragraph = paragraph;
        this.number = number;
        this.names = new LinkedHashMap<>(languageNames);
        addClassName("import-paragraph");
        language.setLabel(getTranslation("import.paragraph.language"));
        language.setItems(choices(paragraph.language()));
        language.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("import.language.unknown") : names.getOrDefault(code, code));
        language.setValue(paragraph.language() == null ? UNKNOWN : paragraph.language());
        language.addClassName("import-language");
        edit.setText(getTranslation("import.paragraph.edit"));
        edit.setAriaLabel(getTranslation("import.paragraph.edit.label", number));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.addClassName("import-edit");
        edit.addClickListener(click -> startEditing());
        refuse.addThemeVariants(ButtonVariant.TERTIARY);
        refuse.addClassName("import-refuse");
        refuse.addClickListener(click -> refuseOrAccept());
        Div actions = new Div(edit, refuse);
        actions.addClassName("import-paragraph-actions");
        add(language, shown, actions, editor());
        show();
        // The text is marked with the language chosen for it (empty: not known), and follows the choice.
        language.addValueChangeListener(change -> {
            markLanguage();
            // Another language chosen: nothing more to say about the one that went away.
            language.setErrorMessage(null);
            language.setInvalid(false);
        });
    }

    /** The guide's languages, then {@code kept} when the guide does not have it, then "not known". */
    private List<String> choices(String kept) {
        List<String> choices = new ArrayList<>(names.keySet());
        if (kept != null && !kept.isEmpty() && !choices.contains(kept)) {
            choices.add(kept);
        }
        choices.add(UNKNOWN);
        return choices;
    }

    /**
     * Offers the guide's languages as they are now, keeping the language chosen. When the guide no
     * longer has the chosen language, it stays chosen, under its name, and the card says that another
     * must be chosen: the draft would be refused with it.
     */
    void offer(Map<String, String> languageNames) {
        String chosen = language.getValue();
        boolean wasOffered = chosen != null && names.containsKey(chosen);
        Map<String, String> now = new LinkedHashMap<>(languageNames);
        boolean gone = wasOffered && !now.containsKey(chosen);
        if (gone) {
            now.put(chosen, names.get(chosen));
        }
        names = now;
        language.setItems(choices(chosen));
        language.setValue(chosen);
        if (gone) {
            language.setErrorMessage(getTranslation("import.paragraph.language.gone", names.get(chosen)));
            language.setInvalid(true);
        } else if (chosen != null && languageNames.containsKey(chosen)) {
            language.setErrorMessage(null);
            language.setInvalid(false);
        }
    }

    /** What the card says of its language, when the guide no longer has it; else null. */
    String languageProblem() {
        return language.isInvalid() ? language.getErrorMessage() : null;
    }

    private void markLanguage() {
        String chosen = language.getValue() == null ? UNKNOWN : language.getValue();
        written.getElement().setAttribute("lang", chosen);
        text.getElement().setAttribute("lang", chosen);
    }

    private Div editor() {
        text.setLabel(getTranslation("import.paragraph.text", number));
        text.setHelperText(getTranslation("import.paragraph.text.help"));
        text.setMaxLength(IncomingText.MAX_BYTES);
        text.setWidthFull();
        text.addClassName("import-edit-text");
        text.addKeyDownListener(Key.ESCAPE, escape -> stopEditing());
        Button keep = new Button(getTranslation("import.paragraph.keep"), click -> keep());
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.addClassName("import-edit-keep");
        keep.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        Button cancel = new Button(getTranslation("import.paragraph.cancel"), click -> stopEditing());
        cancel.addClassName("import-edit-cancel");
        Div buttons = new Div(keep, cancel);
        buttons.addClassName("import-edit-buttons");
        editing.add(text, buttons);
        editing.addClassName("import-editing");
        editing.setVisible(false);
        return editing;
    }

    /** The paragraph as it stands: written by hand, refused, else repaired (with its diff) or as given. */
    private void show() {
        shown.removeAll();
        if (paragraph.refused()) {
            Span mark = new Span(getTranslation("import.paragraph.refused"));
            mark.addClassName("import-refused");
            written = textOf(paragraph);
            shown.add(mark, written);
        } else if (paragraph.editedByHand()) {
            Span mark = new Span(getTranslation("import.paragraph.edited"));
            mark.addClassName("import-edited");
            written = textOf(paragraph);
            shown.add(mark, written);
        } else if (paragraph.repairs().isEmpty()) {
            written = textOf(paragraph);
            shown.add(written);
        } else {
            written = new RepairDiff(paragraph.original(), paragraph.repairs(), getTranslation("import.before"), getTranslation("import.after"),
                    getTranslation("import.guessed"), getLocale().getLanguage());
            shown.add(written);
        }
        markLanguage();
        boolean refused = paragraph.refused();
        refuse.setText(getTranslation(refused ? "import.paragraph.accept" : "import.paragraph.refuse"));
        refuse.setAriaLabel(refused ? null : getTranslation("import.paragraph.refuse.label", number));
        setClassName("refused", refused);
        if (paragraph.suspect() && !refused) {
            Paragraph warning = new Paragraph(getTranslation("import.suspect"));
            warning.addClassName("import-suspect");
            shown.add(warning);
        }
    }

    private static Paragraph textOf(ImportedParagraph paragraph) {
        Paragraph text = new Paragraph(paragraph.text());
        text.addClassName("import-text");
        return text;
    }

    /** Refuses the paragraph (it stays out of the draft), or takes it back as it was. */
    private void refuseOrAccept() {
        paragraph = paragraph.refused() ? paragraph.asKept() : paragraph.asRefused();
        show();
    }

    private void startEditing() {
        text.setValue(paragraph.text());
        shown.setVisible(false);
        edit.setVisible(false);
        refuse.setVisible(false);
        editing.setVisible(true);
        text.focus();
    }

    private void keep() {
        paragraph = paragraph.withTextByHand(text.getValue());
        show();
        stopEditing();
    }

    private void stopEditing() {
        editing.setVisible(false);
        shown.setVisible(true);
        edit.setVisible(true);
        refuse.setVisible(true);
        edit.focus();
    }

    /** Whether the editor is rewriting this paragraph and has not kept or cancelled it yet. */
    boolean isEditing() {
        return editing.isVisible();
    }

    int number() {
        return number;
    }

    /** The paragraph with the text and the language the editor chose. */
    ImportedParagraph accepted() {
        String chosen = language.getValue();
        return paragraph.withLanguage(chosen == null || chosen.isEmpty() ? null : chosen);
    }

    Select<String> language() {
        return language;
    }
}
