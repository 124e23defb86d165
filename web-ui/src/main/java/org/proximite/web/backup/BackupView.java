package org.proximite.web.backup;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.proximite.core.backup.BackupExport;
import org.proximite.core.backup.BackupImport;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.security.Roles;

/** Admins export everything as one zip, and import one into an empty instance, each with its progress. */
@Route("admin/backup")
@RolesAllowed(Roles.ADMIN)
public class BackupView extends VerticalLayout implements HasDynamicTitle {

    private final ExportPanel exportPanel;
    private final ImportPanel importPanel;

    public BackupView(BackupExport export, BackupImport importer, EditorAccess access, Clock clock) {
        addClassNames("backup-view", "page");
        exportPanel = new ExportPanel(export, access.actor(), clock);
        importPanel = new ImportPanel(importer, access.actor());
        add(new H1(getTranslation("backup.title")), exportPanel, importPanel);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Exports and imports run on their own thread: while one runs, the page asks for its progress.
        event.getUI().addPollListener(poll -> {
            exportPanel.refresh();
            importPanel.refresh();
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("backup.title"));
    }
}
