package org.proximite.web.chapter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.proximite.core.chapter.ChapterEvent;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.i18n.ReasonTexts;
import org.proximite.web.security.Roles;

/**
 * For admins: the installed chapters and the history of what happened to chapter jars, including
 * the ones that were refused and why, and who acted. Disabling or removing a chapter that others
 * depend on names them first and asks; every action says when it is done, or why it was refused.
 */
@Route("admin/chapters")
@RolesAllowed(Roles.ADMIN)
public class ChaptersView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    static final int HISTORY_ROWS = 200;
    /** The names the application records for what it did itself, and for what the operator's settings asked at start. */
    static final String SYSTEM_ACTOR = "system";
    static final String OPERATOR_ACTOR = "operator";

    private final ChapterQueries chapters;
    private final ChapterEvents events;
    private final ChapterAdministration administration;
    private final EditorAccess access;
    private final ReasonTexts reasons;

    public ChaptersView(ChapterQueries chapters, ChapterEvents events, ChapterAdministration administration, EditorAccess access,
            ReasonTexts reasons) {
        this.chapters = chapters;
        this.events = events;
        this.administration = administration;
        this.access = access;
        this.reasons = reasons;
        addClassNames("chapters-view", "page-wide");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("chapters.title")), new Paragraph(getTranslation("chapters.help")));
        add(new ChapterInstallPanel(administration, reasons, access.actor(), ShippedExamples.list(), this::refresh));

        var installed = chapters.list(ReaderLanguage.of(getLocale()));
        Grid<ChapterSummary> chapterGrid = new Grid<>();
        chapterGrid.addClassName("chapter-grid");
        chapterGrid.addColumn(ChapterSummary::name).setHeader(getTranslation("chapters.name")).setFlexGrow(2);
        chapterGrid.addColumn(ChapterSummary::id).setHeader(getTranslation("chapters.id"));
        chapterGrid.addColumn(ChapterSummary::version).setHeader(getTranslation("chapters.version"));
        chapterGrid.addColumn(chapter -> getTranslation("chapters.state." + chapter.state().name().toLowerCase(java.util.Locale.ROOT))
                        + stateReason(chapter))
                .setHeader(getTranslation("chapters.state"));
        chapterGrid.addColumn(chapter -> getTranslation("chapters.plan.signature." + chapter.signature().name().toLowerCase(java.util.Locale.ROOT))
                        + (chapter.hasCode() ? " · " + getTranslation("chapters.plan.code") : ""))
                .setHeader(getTranslation("chapters.signature"));
        chapterGrid.addColumn(chapter -> String.join(", ", chapter.languages())).setHeader(getTranslation("chapters.languages"));
        chapterGrid.addColumn(chapter -> getTranslation("home.chapter.counts", chapter.practiceCount(), chapter.initiativeCount()))
                .setHeader(getTranslation("chapters.content")).setFlexGrow(2);
        chapterGrid.addComponentColumn(this::actions).setHeader(getTranslation("chapters.actions")).setFlexGrow(2).setKey("actions");
        chapterGrid.setItems(installed);
        chapterGrid.setAllRowsVisible(true);
        chapterGrid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        add(new H2(getTranslation("chapters.installed")));
        add(installed.isEmpty() ? new Paragraph(getTranslation("chapters.empty")) : chapterGrid);

        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        var history = events.recent(HISTORY_ROWS);
        Grid<ChapterEvent> historyGrid = new Grid<>();
        historyGrid.addClassName("history-grid");
        historyGrid.addColumn(row -> format.format(row.occurredAt().atZoneSameInstant(ZoneOffset.UTC)) + " UTC")
                .setHeader(getTranslation("chapters.history.when"));
        historyGrid.addColumn(row -> row.chapterId() == null ? row.source() : row.chapterId() + " (" + row.source() + ")")
                .setHeader(getTranslation("chapters.history.chapter"));
        historyGrid.addColumn(row -> getTranslation("chapters.action." + row.action().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("chapters.history.action"));
        historyGrid.addColumn(row -> versions(row)).setHeader(getTranslation("chapters.history.versions"));
        historyGrid.addColumn(row -> getTranslation(row.succeeded() ? "chapters.history.succeeded" : "chapters.history.failed"))
                .setHeader(getTranslation("chapters.history.result"));
        historyGrid.addColumn(row -> row.reasons().isEmpty() ? row.message() : reasons.joined(row.reasons(), getLocale()))
                .setHeader(getTranslation("chapters.history.message")).setFlexGrow(4);
        historyGrid.addColumn(row -> actor(row.actor())).setHeader(getTranslation("chapters.history.actor"));
        historyGrid.setItems(history);
        historyGrid.setAllRowsVisible(true);
        historyGrid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        historyGrid.setPartNameGenerator(row -> row.succeeded() ? null : "failed");
        addSetAside();
        add(new H2(getTranslation("chapters.history")));
        add(history.isEmpty() ? new Paragraph(getTranslation("chapters.history.empty")) : historyGrid);
    }

    /** Jars this instance found without a record in the database: moved aside, never loaded; the operator decides. */
    private void addSetAside() {
        var files = administration.setAsideFiles();
        if (files.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("set-aside");
        files.forEach(file -> list.add(new ListItem(file)));
        add(new H2(getTranslation("chapters.set-aside")), new Paragraph(getTranslation("chapters.set-aside.help")), list);
    }

    /**
     * Who acted: the person's name; the application itself (start-up, following the database) and
     * the operator's settings ({@code PROXIMITE_CHAPTERS_*}) in words.
     */
    private String actor(String name) {
        return switch (name == null ? "" : name) {
            case "" -> "—";
            case SYSTEM_ACTOR -> getTranslation("chapters.history.actor.system");
            case OPERATOR_ACTOR -> getTranslation("chapters.history.actor.operator");
            default -> name;
        };
    }

    private String stateReason(ChapterSummary chapter) {
        if (!chapter.stateReasons().isEmpty()) {
            return " — " + reasons.joined(chapter.stateReasons(), getLocale());
        }
        return chapter.stateReason() == null ? "" : " — " + chapter.stateReason();
    }

    private Div actions(ChapterSummary chapter) {
        boolean active = chapter.state() == ChapterState.ACTIVE;
        Button toggle = new Button(getTranslation(active ? "chapters.disable" : "chapters.enable"), click -> {
            if (active) {
                confirmDisabling(chapter);
            } else {
                run(() -> administration.enable(chapter.id(), access.actor()), getTranslation("chapters.done.enabled", chapter.name()));
            }
        });
        toggle.addClassName(active ? "disable-button" : "enable-button");
        Button remove = new Button(getTranslation("chapters.remove"), click -> confirmRemoval(chapter));
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.addClassName("remove-button");
        return new Div(toggle, remove);
    }

    /**
     * Disables at once a chapter nothing depends on; one that other chapters depend on is disabled
     * only once the admin, told which, confirms: what those chapters adapt of it is hidden with it.
     */
    private void confirmDisabling(ChapterSummary chapter) {
        String done = getTranslation("chapters.done.disabled", chapter.name());
        List<String> dependants = chapters.dependants(chapter.id());
        if (dependants.isEmpty()) {
            run(() -> administration.disable(chapter.id(), access.actor()), done);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("disable-dialog");
        dialog.setHeaderTitle(getTranslation("chapters.disable.title", chapter.name()));
        dialog.add(dependantsNote("chapters.disable.dependants", dependants));
        Button disable = new Button(getTranslation("chapters.disable.confirm"), click -> {
            dialog.close();
            run(() -> administration.disable(chapter.id(), access.actor()), done);
        });
        disable.addThemeVariants(ButtonVariant.ERROR);
        disable.addClassName("confirm-disable-button");
        Button cancel = new Button(getTranslation("editor.cancel"), click -> dialog.close());
        cancel.addClassName("cancel-button");
        dialog.getFooter().add(cancel, disable);
        dialog.open();
    }

    /** The chapters that depend on this one, named, and what that means for the action asked. */
    private Paragraph dependantsNote(String key, List<String> dependants) {
        Paragraph note = new Paragraph(getTranslation(key, String.join(", ", dependants), dependants.size()));
        note.addClassName("dependants");
        return note;
    }

    private void confirmRemoval(ChapterSummary chapter) {
        Dialog dialog = new Dialog();
        dialog.addClassName("remove-dialog");
        dialog.setHeaderTitle(getTranslation("chapters.remove.title", chapter.name()));
        List<String> dependants = chapters.dependants(chapter.id());
        dialog.add(new Paragraph(getTranslation("chapters.remove.help")));
        if (!dependants.isEmpty()) {
            // The core refuses it anyway: say so before, with the chapters to remove first.
            dialog.add(dependantsNote("chapters.remove.dependants", dependants));
        }
        Button keep = new Button(getTranslation("chapters.remove.keep"), click -> {
            dialog.close();
            run(() -> administration.uninstall(chapter.id(), true, access.actor()), getTranslation("chapters.done.removed-kept", chapter.name()));
        });
        keep.addClassName("remove-keep-button");
        Button delete = new Button(getTranslation("chapters.remove.delete"), click -> {
            dialog.close();
            run(() -> administration.uninstall(chapter.id(), false, access.actor()),
                    getTranslation("chapters.done.removed-deleted", chapter.name()));
        });
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClassName("remove-delete-button");
        keep.setEnabled(dependants.isEmpty());
        delete.setEnabled(dependants.isEmpty());
        Button cancel = new Button(getTranslation("editor.cancel"), click -> dialog.close());
        cancel.addClassName("cancel-button");
        dialog.getFooter().add(cancel, delete, keep);
        dialog.open();
    }

    /** Runs an action and says that it was done, or why it was refused; the page is refreshed either way. */
    private void run(ChapterOperation operation, String done) {
        try {
            operation.run();
            Notification.show(done, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ChapterRefusedException e) {
            Notification.show(getTranslation("chapters.refused") + " " + reasons.joined(e.reasons(), getLocale()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
        }
        refresh();
    }

    @FunctionalInterface
    private interface ChapterOperation {
        void run() throws ChapterRefusedException;
    }

    private static String versions(ChapterEvent row) {
        if (row.fromVersion() == null) {
            return row.toVersion() == null ? "" : row.toVersion();
        }
        return row.fromVersion() + " → " + row.toVersion();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("chapters.title"));
    }
}
