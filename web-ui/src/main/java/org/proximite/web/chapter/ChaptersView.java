package org.proximite.web.chapter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.proximite.core.chapter.ChapterEvent;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.security.Roles;

/**
 * For admins: the installed chapters and the history of what happened to chapter jars, including
 * the ones that were refused and why.
 */
@Route("admin/chapters")
@RolesAllowed(Roles.ADMIN)
public class ChaptersView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    static final int HISTORY_ROWS = 200;

    private final ChapterQueries chapters;
    private final ChapterEvents events;

    public ChaptersView(ChapterQueries chapters, ChapterEvents events) {
        this.chapters = chapters;
        this.events = events;
        addClassNames("chapters-view", "page-wide");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("chapters.title")), new Paragraph(getTranslation("chapters.help")));

        var installed = chapters.list(ReaderLanguage.of(getLocale()));
        Grid<ChapterSummary> chapterGrid = new Grid<>();
        chapterGrid.addClassName("chapter-grid");
        chapterGrid.addColumn(ChapterSummary::name).setHeader(getTranslation("chapters.name")).setFlexGrow(2);
        chapterGrid.addColumn(ChapterSummary::id).setHeader(getTranslation("chapters.id"));
        chapterGrid.addColumn(ChapterSummary::version).setHeader(getTranslation("chapters.version"));
        chapterGrid.addColumn(chapter -> getTranslation("chapters.state." + chapter.state().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("chapters.state"));
        chapterGrid.addColumn(chapter -> String.join(", ", chapter.languages())).setHeader(getTranslation("chapters.languages"));
        chapterGrid.addColumn(chapter -> getTranslation("home.chapter.counts", chapter.practiceCount(), chapter.initiativeCount()))
                .setHeader(getTranslation("chapters.content")).setFlexGrow(2);
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
        historyGrid.addColumn(ChapterEvent::message).setHeader(getTranslation("chapters.history.message")).setFlexGrow(4);
        historyGrid.addColumn(ChapterEvent::actor).setHeader(getTranslation("chapters.history.actor"));
        historyGrid.setItems(history);
        historyGrid.setAllRowsVisible(true);
        historyGrid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        historyGrid.setPartNameGenerator(row -> row.succeeded() ? null : "failed");
        add(new H2(getTranslation("chapters.history")));
        add(history.isEmpty() ? new Paragraph(getTranslation("chapters.history.empty")) : historyGrid);
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
