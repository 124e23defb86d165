package org.proximite.web.edition;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.edition.Edition;
import org.proximite.core.edition.EditionFormat;
import org.proximite.core.edition.EditionRefusedException;
import org.proximite.core.edition.EditionScope;
import org.proximite.core.edition.EditionSnapshots;
import org.proximite.core.edition.EditionState;
import org.proximite.core.edition.Editions;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.guide.GuidePages;
import org.proximite.web.security.Roles;

/** Coordinators make an edition of the guide or of a chapter, follow its progress, and find every edition's files. */
@Route("workspace/editions")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class EditionsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    static final String GUIDE = "guide";

    private final Editions editions;
    private final EditionSnapshots snapshots;
    private final ChapterQueries chapters;
    private final EditionTexts texts;
    private final GuidePages pages;
    private final EditorAccess access;
    private final H1 title = new H1();
    private final Select<String> scope = new Select<>();
    private final CheckboxGroup<String> languages = new CheckboxGroup<>();
    private final Button create = new Button();
    private final Paragraph message = new Paragraph();
    private final Grid<Edition> list = new Grid<>();
    private Map<String, String> scopeNames = Map.of();

    public EditionsView(Editions editions, EditionSnapshots snapshots, ChapterQueries chapters, EditionTexts texts, GuidePages pages,
            EditorAccess access) {
        this.editions = editions;
        this.snapshots = snapshots;
        this.chapters = chapters;
        this.texts = texts;
        this.pages = pages;
        this.access = access;
        addClassNames("editions-view", "page");
        scope.addClassName("edition-scope");
        scope.addValueChangeListener(change -> showLanguages());
        languages.addClassName("edition-languages");
        create.addClassName("edition-create");
        create.addClickListener(click -> create());
        message.addClassName("edition-message");
        list.addClassName("edition-list");
        list.setAllRowsVisible(true);
        add(title, new Div(scope, languages), create, message, list);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // An edition is made on its own thread: the page asks for the progress every second while one is being made.
        event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String lang = lang();
        title.setText(getTranslation("edition.title"));
        scope.setLabel(getTranslation("edition.view.scope"));
        languages.setLabel(getTranslation("edition.view.languages"));
        create.setText(getTranslation("edition.view.create"));
        Map<String, String> names = new LinkedHashMap<>();
        names.put(GUIDE, getTranslation("edition.whole-guide"));
        chapters.list(lang).stream().filter(chapter -> chapter.state() == ChapterState.ACTIVE).forEach(chapter -> names.put(chapter.id(), chapter.name()));
        scopeNames = names;
        scope.setItems(new ArrayList<>(names.keySet()));
        scope.setItemLabelGenerator(key -> scopeNames.getOrDefault(key, key));
        scope.setValue(GUIDE);
        list.removeAllColumns();
        list.addColumn(edition -> getTranslation("edition.of-scope", scopeName(edition), edition.number())).setHeader(getTranslation("edition.view.key"))
                .setAutoWidth(true);
        list.addColumn(edition -> edition.createdAt().toLocalDate() + " · " + edition.createdBy()).setHeader(getTranslation("edition.view.created"))
                .setAutoWidth(true);
        list.addColumn(this::state).setHeader(getTranslation("edition.view.state")).setAutoWidth(true);
        list.addComponentColumn(this::files).setHeader(getTranslation("edition.view.files")).setFlexGrow(1);
        refresh();
    }

    private void showLanguages() {
        String chosen = scope.getValue();
        languages.setItems(chosen == null ? List.of() : snapshots.languages(GUIDE.equals(chosen) ? EditionScope.wholeGuide() : EditionScope.chapter(chosen)));
        languages.setItemLabelGenerator(code -> pages.texts(lang()).language(code));
    }

    private void create() {
        String chosen = scope.getValue() == null ? GUIDE : scope.getValue();
        try {
            Edition edition = editions.create(GUIDE.equals(chosen) ? EditionScope.wholeGuide() : EditionScope.chapter(chosen),
                    List.copyOf(languages.getSelectedItems()), access.actor());
            message.setText(getTranslation("edition.view.started", getTranslation("edition.of-scope", scopeName(edition), edition.number())));
        } catch (EditionRefusedException e) {
            message.setText(texts.reason(e.reason(), getLocale()));
        } catch (NotAllowedException e) {
            message.setText(getTranslation("edition.denied"));
        }
        refresh();
    }

    private void refresh() {
        List<Edition> all = editions.list();
        list.setItems(all);
        boolean building = all.stream().anyMatch(edition -> edition.state() == EditionState.BUILDING);
        getUI().ifPresent(ui -> ui.setPollInterval(building ? 1000 : -1));
    }

    private String state(Edition edition) {
        return switch (edition.state()) {
            case BUILDING -> getTranslation("edition.state.building", edition.stepsDone(), edition.stepsTotal());
            case READY -> getTranslation("edition.state.ready");
            case FAILED -> getTranslation("edition.state.failed", texts.reason(edition.reason(), getLocale()));
        };
    }

    private Div files(Edition edition) {
        Div links = new Div();
        links.addClassName("edition-files");
        var t = pages.texts(lang());
        for (var file : edition.files()) {
            String kind = getTranslation(file.format() == EditionFormat.PDF ? "edition.pdf" : "edition.offline");
            Anchor link = new Anchor("/api/v1/editions/" + edition.key() + "/" + file.language() + "." + file.format().extension(),
                    file.language() + " " + kind + " (" + t.size(file.size()) + ")");
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            links.add(link, new com.vaadin.flow.component.html.Span(" "));
        }
        return links;
    }

    private String scopeName(Edition edition) {
        return edition.scope().isWholeGuide() ? getTranslation("edition.whole-guide")
                : scopeNames.getOrDefault(edition.scope().chapterId(), edition.scope().chapterId());
    }

    private String lang() {
        return ReaderLanguage.of(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("edition.title"));
    }
}
