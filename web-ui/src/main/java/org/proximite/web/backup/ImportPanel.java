package org.proximite.web.backup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.backup.BackupImport;
import org.proximite.core.backup.BackupProgress;
import org.proximite.core.backup.BackupRefusedException;
import org.proximite.core.backup.ImportReadiness;
import org.proximite.core.backup.ImportResult;
import org.proximite.web.i18n.ComponentTexts;

/** Receives a bundle, then imports it on request, with its progress (checking, then writing) and its result or refusal. */
class ImportPanel extends Div {

    /** The largest bundle the page takes; larger ones go through {@code POST /api/v1/admin/import}. */
    static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

    private final BackupImport importer;
    private final Actor actor;
    private final Paragraph readiness = new Paragraph();
    private final Paragraph chosen = new Paragraph();
    private final Button start = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private BackupWork<ImportResult> work;
    private Path bundle;

    ImportPanel(BackupImport importer, Actor actor) {
        this.importer = importer;
        this.actor = actor;
        addClassName("backup-import");
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) ->
                getUI().ifPresent(ui -> ui.access(() -> received(metadata.fileName(), file)))));
        ComponentTexts.translated(upload);
        upload.setAcceptedFileTypes(".zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setDropLabel(new Span(getTranslation("backup.import.drop")));
        upload.addClassName("backup-import-upload");
        start.setText(getTranslation("backup.import.start"));
        start.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        start.addClassName("backup-import-start");
        start.setEnabled(false);
        start.addClickListener(click -> start());
        readiness.addClassName("backup-import-readiness");
        status.addClassName("backup-import-status");
        bar.setVisible(false);
        add(new H2(getTranslation("backup.import.title")), new Paragraph(getTranslation("backup.import.help")), readiness, upload, chosen,
                start, bar, status);
        showReadiness();
    }

    private void showReadiness() {
        ImportReadiness now = importer.readiness(actor);
        readiness.setText(now.ready() ? getTranslation("backup.import.ready")
                : getTranslation("backup.import.not-ready", now.changesByPeople(), now.editions()));
    }

    private void received(String fileName, File file) {
        forget();
        bundle = file.toPath();
        chosen.setText(getTranslation("backup.import.chosen", fileName));
        start.setEnabled(true);
    }

    private void start() {
        Path file = bundle;
        bundle = null;
        start.setEnabled(false);
        bar.setVisible(true);
        bar.setValue(0);
        status.setText(getTranslation("backup.import.checking", 0, "…"));
        work = BackupWork.start(getUI().orElseThrow(), "backup-import", running -> {
            try {
                return importer.importBundle(file, actor, running::progress);
            } finally {
                Files.deleteIfExists(file);
            }
        });
    }

    /** Shows the progress; once done, the result or the refusal. */
    void refresh() {
        if (work == null) {
            return;
        }
        BackupProgress progress = work.progress();
        if (progress != null) {
            bar.setValue(progress.fraction());
            String key = progress.step() == BackupProgress.Step.CHECKING ? "backup.import.checking" : "backup.import.writing";
            status.setText(getTranslation(key, progress.done(), progress.total()));
        }
        Object outcome = work.outcome();
        if (outcome == null) {
            return;
        }
        work = null;
        bar.setVisible(false);
        chosen.setText("");
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        switch (outcome) {
            case BackupWork.Done<?>(ImportResult result) -> status.setText(getTranslation("backup.import.done", result.rows(), result.tables(),
                    result.createdAt(), result.applicationVersion()));
            case BackupWork.Failed(BackupRefusedException refused) -> status.setText(getTranslation(refused.code(), refused.arguments().toArray()));
            case BackupWork.Failed(NotAllowedException denied) -> status.setText(getTranslation("backup.denied"));
            case BackupWork.Failed(Exception error) -> status.setText(getTranslation("backup.import.failed", String.valueOf(error.getMessage())));
            default -> { }
        }
        showReadiness();
    }

    private void forget() {
        if (bundle != null) {
            try {
                Files.deleteIfExists(bundle);
            } catch (IOException ignored) {
                // a temporary file: the system cleans its folder
            }
        }
    }
}
