package org.proximite.web.xliff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.xliff.XliffImport;
import org.proximite.core.xliff.XliffProblem;
import org.proximite.core.xliff.XliffReader;
import org.proximite.core.xliff.XliffRefusedException;
import org.proximite.core.xliff.XliffReport;

/**
 * Import of a translated XLIFF file: upload it, and read what was done, field by field (new,
 * changed, unchanged, not translated, refused), with every problem and every source changed since
 * the export said in the person's language. Nothing is saved when there is a problem.
 */
public class XliffImportDialog extends Dialog {

    private final XliffImport xliffImport;
    private final Supplier<Actor> actor;
    private final Runnable afterImport;
    private final Paragraph summary = new Paragraph();
    private final UnorderedList notes = new UnorderedList();
    private final Grid<Row> fields = new Grid<>();

    /** One field of the report, as the grid shows it. */
    record Row(String item, String field, XliffReport.Outcome outcome, String note) {}

    public XliffImportDialog(XliffImport xliffImport, Supplier<Actor> actor, Runnable afterImport) {
        this.xliffImport = xliffImport;
        this.actor = actor;
        this.afterImport = afterImport;
        addClassName("xliff-import-dialog");
        setHeaderTitle(getTranslation("xliff.import.title"));
        setWidth("min(60rem, 95vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> importFile(bytes)))));
        upload.setI18n(org.proximite.web.i18n.UploadTexts.of(this));
        upload.setAcceptedFileTypes(".xlf", ".xliff", ".xml", "application/xliff+xml", "application/xml", "text/xml");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(XliffReader.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("xliff.import.drop")));
        upload.addFileRejectedListener(rejected -> say(getTranslation("xliff.import.rejected"), "xliff-refused"));
        upload.addClassName("xliff-upload");
        summary.addClassName("xliff-summary");
        summary.setVisible(false);
        notes.addClassName("xliff-notes");
        fields.addClassName("xliff-fields");
        fields.addColumn(Row::item).setHeader(getTranslation("xliff.report.item")).setAutoWidth(true);
        fields.addColumn(Row::field).setHeader(getTranslation("xliff.report.field")).setAutoWidth(true);
        fields.addColumn(row -> getTranslation("xliff.outcome." + row.outcome().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("xliff.report.outcome")).setAutoWidth(true).setKey("outcome");
        fields.addColumn(Row::note).setHeader(getTranslation("xliff.report.note")).setFlexGrow(1);
        fields.setAllRowsVisible(true);
        fields.setVisible(false);
        add(new Paragraph(getTranslation("xliff.import.help")), upload, summary, notes, fields);
        getFooter().add(new Button(getTranslation("xliff.import.close"), click -> close()));
    }

    /** Imports the file and shows the report, or why it could not be read. */
    void importFile(byte[] bytes) {
        notes.removeAll();
        fields.setVisible(false);
        XliffReport report;
        try {
            report = xliffImport.importFile(bytes, actor.get());
        } catch (XliffRefusedException e) {
            say(getTranslation(e.code(), e.arguments().toArray()), "xliff-refused");
            return;
        } catch (NotAllowedException e) {
            say(getTranslation("editor." + e.code(), e.arguments().toArray()), "xliff-refused");
            return;
        }
        show(report);
        if (report.written() && report.items().stream().anyMatch(XliffReport.ItemResult::changes)) {
            afterImport.run();
        }
    }

    private void show(XliffReport report) {
        var totals = report.totals();
        int warnings = (int) report.items().stream().flatMap(item -> item.fields().stream()).filter(XliffReport.FieldResult::sourceChanged).count();
        say(report.written()
                ? getTranslation("xliff.imported", totals.get(XliffReport.Outcome.NEW), totals.get(XliffReport.Outcome.CHANGED),
                        totals.get(XliffReport.Outcome.UNCHANGED), warnings)
                : getTranslation("xliff.invalid", report.problems().size()), report.written() ? "xliff-written" : "xliff-refused");
        report.problems().forEach(problem -> note(XliffWords.where(problem) + " — " + message(problem), "xliff-problem"));
        List<Row> rows = new ArrayList<>();
        for (XliffReport.ItemResult item : report.items()) {
            for (XliffReport.FieldResult field : item.fields()) {
                String note = field.problem() != null ? message(field.problem())
                        : field.sourceChanged() ? getTranslation(XliffWords.SOURCE_CHANGED) : "";
                rows.add(new Row(item.file(), field.unit(), field.outcome(), note));
                if (field.sourceChanged() && field.problem() == null) {
                    note(item.file() + " · " + field.unit() + " — " + getTranslation(XliffWords.SOURCE_CHANGED), "xliff-warning");
                }
            }
        }
        fields.setItems(rows);
        fields.setVisible(true);
    }

    private String message(XliffProblem problem) {
        return getTranslation(XliffWords.key(problem.code()), problem.arguments().toArray());
    }

    private void say(String text, String className) {
        summary.setText(text);
        summary.setClassName("xliff-summary " + className);
        summary.setVisible(true);
    }

    private void note(String text, String className) {
        ListItem item = new ListItem(text);
        item.addClassName(className);
        notes.add(item);
    }
}
