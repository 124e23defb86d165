package org.proximite.web.textimport;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.textimport.ImportPreview;
import org.proximite.core.textimport.ImportedItem;
import org.proximite.core.textimport.TextImport;
import org.proximite.core.textimport.reading.ImportFormat;
import org.proximite.core.textimport.reading.ImportRefusedException;
import org.proximite.core.textimport.reading.IncomingText;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.editing.ItemEditorView;
import org.proximite.web.i18n.OpenLanguageLists;
import org.proximite.web.initiative.InitiativeEditorView;
import org.proximite.web.practice.PracticeEditorView;
import org.proximite.web.security.Roles;

/**
 * Import from the web: paste text, Markdown or HTML, or upload a file; see each paragraph repaired,
 * with its language, and correct the languages or rewrite a paragraph by hand; accept to create a
 * draft practice or initiative, which opens in the editor. Nothing is saved before accepting; a refusal says why, in the
 * editor's language. The paragraphs' language choices follow the languages chapters bring or take
 * away while the page is open ({@link OpenLanguageLists}), keeping what the editor chose and wrote.
 */
@Route("workspace/import")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final TextImport textImport;
    private final EditorAccess access;
    private final Map<String, String> languageNames = new LinkedHashMap<>();
    private final Select<ItemKind> kind = new Select<>();
    private final TextField slug = new TextField();
    private final RadioButtonGroup<ImportFormat> format = new RadioButtonGroup<>();
    private final TextArea pasted = new TextArea();
    private final Paragraph message = new Paragraph();
    private final Paragraph totals = new Paragraph();
    private final Div paragraphs = new Div();
    private final Button accept = new Button();
    private final List<ParagraphCard> cards = new ArrayList<>();

    public ImportView(TextImport textImport, LanguageQueries languages, EditorAccess access, OpenLanguageLists openLists) {
        this.textImport = textImport;
        this.access = access;
        readLanguageNames(languages);
        openLists.follow(this, () -> {
            readLanguageNames(languages);
            cards.forEach(card -> card.offer(languageNames));
        });
        addClassNames("import-view", "page-wide");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ItemKind.PRACTICE, ItemKind.INITIATIVE);
        kind.setItemLabelGenerator(value -> getTranslation("import.kind." + value.name().toLowerCase(java.util.Locale.ROOT)));
        kind.setValue(ItemKind.PRACTICE);
        kind.addClassName("import-kind");
        slug.setLabel(getTranslation("import.slug"));
        slug.setHelperText(getTranslation("import.slug.help"));
        slug.addClassName("import-slug");
        format.setLabel(getTranslation("import.format"));
        format.setItems(ImportFormat.TEXT, ImportFormat.HTML);
        format.setItemLabelGenerator(value -> getTranslation("import.format." + value.name().toLowerCase(java.util.Locale.ROOT)));
        format.setValue(ImportFormat.TEXT);
        pasted.setLabel(getTranslation("import.paste"));
        pasted.setMaxLength(IncomingText.MAX_BYTES);
        pasted.setWidthFull();
        pasted.addClassName("import-paste");
        Button preview = new Button(getTranslation("import.preview"), click -> show(() -> textImport.preview(access.actor(),
                pasted.getValue(), format.getValue())));
        preview.addClassName("import-preview");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                show(() -> textImport.preview(access.actor(), bytes, ImportFormat.of(metadata.fileName())))))));
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(IncomingText.MAX_BYTES);
        upload.setI18n(org.proximite.web.i18n.UploadTexts.of(this));
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.addFileRejectedListener(rejected -> refuse(getTranslation("import.upload.rejected")));
        upload.addClassName("import-upload");
        accept.setText(getTranslation("import.accept"));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.addClassName("import-accept");
        accept.addClickListener(click -> accept());
        accept.setVisible(false);
        message.addClassName("form-message");
        message.setVisible(false);
        totals.addClassName("import-totals");
        paragraphs.addClassName("import-paragraphs");
        Div settings = new Div(kind, slug, format);
        settings.addClassName("editor-meta");
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), settings, pasted, preview, upload, message,
                totals, paragraphs, accept);
    }

    private void readLanguageNames(LanguageQueries languages) {
        languageNames.clear();
        languages.all().forEach(language -> languageNames.put(language.code(), language.nativeName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("import.title"));
    }

    private void show(java.util.function.Supplier<ImportPreview> reading) {
        message.setVisible(false);
        paragraphs.removeAll();
        cards.clear();
        accept.setVisible(false);
        totals.setText("");
        ImportPreview preview;
        try {
            preview = reading.get();
        } catch (ImportRefusedException e) {
            refuse(getTranslation(e.code(), e.arguments().toArray()));
            return;
        } catch (NotAllowedException e) {
            refuse(getTranslation("editor." + e.code(), e.arguments().toArray()));
            return;
        }
        totals.setText(getTranslation("import.totals", preview.paragraphs().size(), preview.repairs(), preview.guessedRepairs()));
        for (var paragraph : preview.paragraphs()) {
            ParagraphCard card = new ParagraphCard(paragraph, cards.size() + 1, languageNames);
            cards.add(card);
            paragraphs.add(card);
        }
        accept.setVisible(!cards.isEmpty());
    }

    private void accept() {
        var unfinished = cards.stream().filter(ParagraphCard::isEditing).findFirst();
        if (unfinished.isPresent()) {
            refuse(getTranslation("import.paragraph.unfinished", unfinished.get().number()));
            return;
        }
        try {
            ImportedItem item = textImport.createDraft(access.actor(), kind.getValue(), slug.getValue(),
                    cards.stream().map(ParagraphCard::accepted).toList(), ReaderLanguage.of(getLocale()));
            Notification.show(getTranslation("import.created"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            Class<? extends ItemEditorView<?>> editor = item.kind() == ItemKind.PRACTICE ? PracticeEditorView.class : InitiativeEditorView.class;
            getUI().ifPresent(ui -> ui.navigate(editor, ItemEditorView.parameters(item.slug())));
        } catch (ImportRefusedException e) {
            refuse(getTranslation(e.code(), e.arguments().toArray()));
        } catch (InvalidEditException e) {
            refuse(getTranslation("import.invalid", String.join(" ", e.problems().stream()
                    .map(problem -> problem.field() + " : " + getTranslation(problem.messageKey(), problem.arguments().toArray())).toList())));
        } catch (NotAllowedException e) {
            refuse(getTranslation("editor." + e.code(), e.arguments().toArray()));
        }
    }

    private void refuse(String text) {
        message.setText(text);
        message.setVisible(true);
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
