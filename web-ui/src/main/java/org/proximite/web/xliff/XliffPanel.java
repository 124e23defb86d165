package org.proximite.web.xliff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.xliff.ItemKey;
import org.proximite.core.xliff.XliffExport;
import org.proximite.core.xliff.XliffImport;
import org.proximite.core.xliff.XliffRefusedException;

/**
 * The content overview's XLIFF actions: export the chosen items from one language into another
 * (a link to download the file once it is made), and open the import of a translated file.
 */
public class XliffPanel extends Div {

    private final XliffExport export;
    private final Supplier<List<ItemKey>> chosen;
    private final Supplier<Actor> actor;
    private final Select<String> from = new Select<>();
    private final Select<String> to = new Select<>();
    private final Div download = new Div();

    /**
     * @param chosen the items chosen in the overview, in its order
     * @param afterImport what to do once an import wrote something (show the overview again)
     */
    public XliffPanel(XliffExport export, XliffImport xliffImport, List<String> languages, Supplier<List<ItemKey>> chosen, Supplier<Actor> actor,
            Runnable afterImport) {
        this.export = export;
        this.chosen = chosen;
        this.actor = actor;
        addClassNames("overview-xliff");
        from.setLabel(getTranslation("xliff.from"));
        from.addClassName("xliff-from");
        to.setLabel(getTranslation("xliff.to"));
        to.addClassName("xliff-to");
        setLanguages(languages);
        Button exportButton = new Button(getTranslation("xliff.export"), click -> export());
        exportButton.addClassName("xliff-export");
        Button importButton = new Button(getTranslation("xliff.import"), click -> new XliffImportDialog(xliffImport, actor, afterImport).open());
        importButton.addClassName("xliff-import");
        download.addClassName("xliff-download");
        add(from, to, exportButton, download, importButton);
    }

    /** The languages to export from and into; the ones chosen stay chosen while they are offered. */
    public void setLanguages(List<String> languages) {
        String source = from.getValue();
        String target = to.getValue();
        from.setItems(languages);
        to.setItems(languages);
        from.setValue(source != null && languages.contains(source) ? source : languages.getFirst());
        to.setValue(target != null && languages.contains(target) ? target : languages.size() > 1 ? languages.get(1) : languages.getFirst());
    }

    /** Makes the file of the chosen items and offers it to download; a refusal is said, in the person's language. */
    void export() {
        download.removeAll();
        try {
            XliffExport.Exported file = export.export(new XliffExport.Selection(chosen.get(), from.getValue(), to.getValue()), actor.get());
            byte[] bytes = file.bytes();
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes), file.fileName(),
                    "application/xliff+xml", bytes.length)), getTranslation("xliff.export.ready", file.fileName(), file.items(), file.units()));
            link.getElement().setAttribute("download", true);
            link.addClassName("xliff-file");
            download.add(link);
        } catch (XliffRefusedException e) {
            warn(getTranslation(e.code(), e.arguments().toArray()));
        } catch (NotAllowedException e) {
            warn(getTranslation("editor." + e.code(), e.arguments().toArray()));
        }
    }

    private void warn(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.WARNING);
    }
}
