package org.proximite.web.practice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.theme.ThemeQueries;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.OutcomeLabels;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.i18n.OpenLanguageLists;

/**
 * The filters of the practice list: theme, chapter, outcome, evidence level (of that outcome when
 * one is chosen), language it is written in. They read and give back the address's parameters
 * ({@code theme}, {@code chapter}, {@code outcome}, {@code level},
 * {@code lang}), so that a filtered list can be shared. While the page is open, the chapters and
 * languages offered follow the chapters installed or taken away ({@link OpenLanguageLists}); the
 * filters the reader set stay set.
 */
class PracticeFilterBar extends Composite<Div> {

    private final ThemeQueries themes;
    private final ChapterQueries chapters;
    private final LanguageQueries languages;
    private final Map<String, Select<String>> byParameter = new LinkedHashMap<>();

    /**
     * @param changedByReader run when the reader changes a filter, and when the chapters changed the
     *     choices, so that the list shows what the filters now select
     */
    PracticeFilterBar(ThemeQueries themes, ChapterQueries chapters, LanguageQueries languages, OpenLanguageLists openLists,
            Runnable changedByReader) {
        this.themes = themes;
        this.chapters = chapters;
        this.languages = languages;
        getContent().addClassName("filters");
        openLists.follow(this, () -> {
            Map<String, String> chosen = parameters();
            relabel(ReaderLanguage.of(getLocale()));
            select(chosen);
            changedByReader.run();
        });
        for (String parameter : List.of("theme", "chapter", "outcome", "level", "lang")) {
            Select<String> filter = new Select<>();
            filter.addClassName("filter-" + parameter);
            filter.setEmptySelectionAllowed(true);
            filter.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changedByReader.run();
                }
            });
            byParameter.put(parameter, filter);
            getContent().add(filter);
        }
    }

    /** Labels and choices in the reader's language. */
    void relabel(String language) {
        Map<String, String> themeLabels = new LinkedHashMap<>();
        themes.tree(language).forEach(node -> {
            themeLabels.put(node.slug(), node.label());
            node.children().forEach(child -> themeLabels.put(child.slug(), "\u2003" + child.label()));
        });
        configure("theme", "filter.theme", themeLabels);
        Map<String, String> chapterLabels = new LinkedHashMap<>();
        chapters.list(language).forEach(summary -> chapterLabels.put(summary.id(), summary.name()));
        configure("chapter", "filter.chapter", chapterLabels);
        Map<String, String> levelLabels = new LinkedHashMap<>();
        for (EvidenceLevel rung : EvidenceLevel.values()) {
            levelLabels.put(rung.code(), EvidenceLabels.name(this, rung));
        }
        configure("level", "filter.evidence", levelLabels);
        Map<String, String> outcomeLabels = new LinkedHashMap<>();
        OutcomeLabels.codes().forEach(code -> outcomeLabels.put(code, OutcomeLabels.name(this, code)));
        configure("outcome", "filter.outcome", outcomeLabels);
        Map<String, String> languageLabels = new LinkedHashMap<>();
        languages.all().forEach(content -> languageLabels.put(content.code(), content.nativeName()));
        configure("lang", "filter.language", languageLabels);
    }

    private void configure(String parameter, String labelKey, Map<String, String> labels) {
        Select<String> select = byParameter.get(parameter);
        String all = getTranslation("filter.all");
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionCaption(all);
        select.setItems(new ArrayList<>(labels.keySet()));
        select.setItemLabelGenerator(value -> value == null || value.isEmpty() ? all : labels.getOrDefault(value, value));
    }

    /** Selects what the address asks for; a value no filter offers is ignored. */
    void select(Map<String, String> parameters) {
        byParameter.forEach((parameter, select) -> {
            String value = parameters.get(parameter);
            select.setValue(value != null && select.getListDataView().contains(value) ? value : null);
        });
    }

    /** The filters set, as the address's parameters. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        byParameter.forEach((parameter, select) -> {
            if (select.getValue() != null && !select.getValue().isEmpty()) {
                parameters.put(parameter, select.getValue());
            }
        });
        return parameters;
    }

    PracticeFilter filter(String language, boolean includeDrafts) {
        Map<String, String> set = parameters();
        return new PracticeFilter(language, set.get("theme"), set.get("chapter"),
                EvidenceLevel.fromCode(String.valueOf(set.get("level"))).orElse(null), set.get("outcome"), set.get("lang"), includeDrafts);
    }
}
