package org.proximite.web.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.practice.PracticeCard;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.theme.ThemeNode;
import org.proximite.core.theme.ThemeQueries;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;

/**
 * The practices, filtered by theme, chapter, evidence level and language. The filters live in the
 * address ({@code ?theme=…&chapter=…}) so that a filtered list can be shared.
 */
@Route("practices")
@AnonymousAllowed
public class PracticesView extends VerticalLayout
        implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final String ALL = "";

    private final PracticeQueries practices;
    private final ThemeQueries themes;
    private final ChapterQueries chapters;
    private final LanguageQueries languages;
    private final EditorAccess access;

    private final H1 title = new H1();
    private final Select<String> theme = new Select<>();
    private final Select<String> chapter = new Select<>();
    private final Select<String> level = new Select<>();
    private final Select<String> availableIn = new Select<>();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private final Button create = new Button();
    private Map<String, String> requested = Map.of();
    private Map<String, String> shown;

    public PracticesView(PracticeQueries practices, ThemeQueries themes, ChapterQueries chapters,
            LanguageQueries languages, EditorAccess access) {
        this.practices = practices;
        this.themes = themes;
        this.chapters = chapters;
        this.languages = languages;
        this.access = access;
        addClassNames("practices-view", "page");
        Div filters = new Div(theme, chapter, level, availableIn);
        filters.addClassName("filters");
        for (Select<String> filter : List.of(theme, chapter, level, availableIn)) {
            filter.setEmptySelectionAllowed(true);
            filter.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    refresh();
                }
            });
        }
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
        String language = ReaderLanguage.of(getLocale());
        title.setText(getTranslation("practices.title"));
        create.setText(getTranslation("practices.new"));
        String all = getTranslation("filter.all");

        Map<String, String> themeLabels = new LinkedHashMap<>();
        for (ThemeNode node : themes.tree(language)) {
            themeLabels.put(node.slug(), node.label());
            node.children().forEach(child -> themeLabels.put(child.slug(), "\u2003" + child.label()));
        }
        configure(theme, "filter.theme", all, themeLabels);

        Map<String, String> chapterLabels = new LinkedHashMap<>();
        for (ChapterSummary summary : chapters.list(language)) {
            chapterLabels.put(summary.id(), summary.name());
        }
        configure(chapter, "filter.chapter", all, chapterLabels);

        Map<String, String> levelLabels = new LinkedHashMap<>();
        Arrays.stream(EvidenceLevel.values()).forEach(rung -> levelLabels.put(rung.code(), EvidenceLabels.name(this, rung)));
        configure(level, "filter.evidence", all, levelLabels);

        Map<String, String> languageLabels = new LinkedHashMap<>();
        languages.all().forEach(content -> languageLabels.put(content.code(), content.nativeName()));
        configure(availableIn, "filter.language", all, languageLabels);

        applyRequested();
        refresh();
    }

    /** The same view with other filters in the address (a link from the home page, say). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (shown != null && !requested.equals(shown)) {
            applyRequested();
            refresh();
        }
    }

    private void applyRequested() {
        theme.setValue(valid(requested.get("theme"), theme));
        chapter.setValue(valid(requested.get("chapter"), chapter));
        level.setValue(valid(requested.get("level"), level));
        availableIn.setValue(valid(requested.get("lang"), availableIn));
    }

    private void configure(Select<String> select, String labelKey, String all, Map<String, String> labels) {
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionCaption(all);
        select.setItems(new ArrayList<>(labels.keySet()));
        select.setItemLabelGenerator(value -> value == null || value.isEmpty() ? all : labels.getOrDefault(value, value));
    }

    private static String valid(String value, Select<String> select) {
        return value != null && select.getListDataView().contains(value) ? value : null;
    }

    private void refresh() {
        PracticeFilter filter = new PracticeFilter(ReaderLanguage.of(getLocale()), blankToNull(theme.getValue()),
                blankToNull(chapter.getValue()), EvidenceLevel.fromCode(String.valueOf(level.getValue())).orElse(null),
                blankToNull(availableIn.getValue()), access.canEdit());
        List<PracticeCard> found = practices.list(filter);
        results.removeAll();
        found.forEach(card -> results.add(new PracticeCardView(card)));
        count.setText(found.isEmpty() ? getTranslation("practices.empty") : getTranslation("practices.count", found.size()));
        rememberInAddress();
    }

    private void rememberInAddress() {
        Map<String, String> parameters = new LinkedHashMap<>();
        putIfSet(parameters, "theme", theme.getValue());
        putIfSet(parameters, "chapter", chapter.getValue());
        putIfSet(parameters, "level", level.getValue());
        putIfSet(parameters, "lang", availableIn.getValue());
        requested = parameters;
        shown = parameters;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location(RouteConfiguration.forSessionScope().getUrl(PracticesView.class),
                        QueryParameters.simple(parameters))));
    }

    private static void putIfSet(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isEmpty()) {
            parameters.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("practices.title"));
    }
}
