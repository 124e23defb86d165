package org.proximite.web.backup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.backup.BackupExport;
import org.proximite.core.backup.BackupProgress;
import org.proximite.core.backup.Manifest;

/** Exports everything to a temporary file, with its progress, then offers it for download. */
class ExportPanel extends Div {

    private final BackupExport export;
    private final Actor actor;
    private final Clock clock;
    private final Button start = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div download = new Div();
    private BackupWork<Manifest> work;
    private Path file;
    private String fileName;

    ExportPanel(BackupExport export, Actor actor, Clock clock) {
        this.export = export;
        this.actor = actor;
        this.clock = clock;
        addClassName("backup-export");
        start.setText(getTranslation("backup.export.start"));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClassName("backup-export-start");
        start.addClickListener(click -> start());
        bar.setVisible(false);
        status.addClassName("backup-export-status");
        download.addClassName("backup-export-download");
        add(new H2(getTranslation("backup.export.title")), new Paragraph(getTranslation("backup.export.help")), start, bar, status, download);
    }

    private void start() {
        start.setEnabled(false);
        download.removeAll();
        bar.setVisible(true);
        bar.setValue(0);
        fileName = ExportFileName.now(clock);
        work = BackupWork.start(getUI().orElseThrow(), "backup-export", running -> {
            Path target = Files.createTempFile("proximite-export-", ".zip");
            target.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(target)) {
                Manifest manifest = export.export(out, actor, running::progress);
                file = target;
                return manifest;
            }
        });
        status.setText(getTranslation("backup.export.progress", 0, "…"));
    }

    /** Shows the progress; once done, the link to the file. */
    void refresh() {
        if (work == null) {
            return;
        }
        BackupProgress progress = work.progress();
        if (progress != null) {
            bar.setValue(progress.fraction());
            status.setText(getTranslation("backup.export.progress", progress.done(), progress.total()));
        }
        Object outcome = work.outcome();
        if (outcome == null) {
            return;
        }
        work = null;
        start.setEnabled(true);
        bar.setVisible(false);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (outcome instanceof BackupWork.Done<?>(Manifest manifest)) {
            status.setText(getTranslation("backup.export.ready", manifest.totalRows(), manifest.tables().size()));
            Anchor link = new Anchor(DownloadHandler.forFile(file.toFile(), fileName), getTranslation("backup.export.download", fileName));
            link.addClassName("backup-export-link");
            download.add(link);
        } else if (outcome instanceof BackupWork.Failed(NotAllowedException denied)) {
            status.setText(getTranslation("backup.denied"));
        } else if (outcome instanceof BackupWork.Failed(Exception error)) {
            status.setText(getTranslation("backup.export.failed", String.valueOf(error.getMessage())));
        }
    }
}
