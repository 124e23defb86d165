package org.proximite.web.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.practice.PracticeCard;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.theme.ThemeQueries;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.i18n.OpenLanguageLists;

/**
 * The practices, filtered by theme, chapter, evidence level and language. The filters live in the
 * address ({@code ?theme=…&chapter=…}) so that a filtered list can be shared. The filters offer the
 * chapters and languages installed while the page is open.
 */
@Route("workspace/practices")
@PermitAll
public class PracticesView extends VerticalLayout
        implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver, HasDynamicTitle {

    private final PracticeQueries practices;
    private final EditorAccess access;
    private final PracticeFilterBar filters;
    private final H1 title = new H1();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private final Button create = new Button();
    private Map<String, String> requested = Map.of();
    private Map<String, String> shown;

    public PracticesView(PracticeQueries practices, ThemeQueries themes, ChapterQueries chapters, LanguageQueries languages,
            EditorAccess access, OpenLanguageLists openLists) {
        this.practices = practices;
        this.access = access;
        this.filters = new PracticeFilterBar(themes, chapters, languages, openLists, this::refresh);
        addClassNames("practices-view", "page");
        results.addClassName("results");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(PracticeEditorView.class)));
        create.setVisible(access.canEdit());
        count.addClassName("result-count");
        add(title, create, filters, count, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> values = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((name, list) -> {
            if (!list.isEmpty()) {
                values.put(name, list.getFirst());
            }
        });
        requested = values;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("practices.title"));
        create.setText(getTranslation("practices.new"));
        filters.relabel(ReaderLanguage.of(getLocale()));
        filters.select(requested);
        refresh();
    }

    /** The same view with other filters in the address (a link from the home page, say). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (shown != null && !requested.equals(shown)) {
            filters.select(requested);
            refresh();
        }
    }

    private void refresh() {
        List<PracticeCard> found = practices.list(filters.filter(ReaderLanguage.of(getLocale()), access.canEdit()));
        results.removeAll();
        found.forEach(card -> results.add(new PracticeCardView(card)));
        count.setText(found.isEmpty() ? getTranslation("practices.empty") : getTranslation("practices.count", found.size()));
        requested = filters.parameters();
        shown = requested;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(RouteConfiguration.forSessionScope().getUrl(PracticesView.class), QueryParameters.simple(shown))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("practices.title"));
    }
}
