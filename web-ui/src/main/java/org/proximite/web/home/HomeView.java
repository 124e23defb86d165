package org.proximite.web.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.proximite.core.home.HomePage;
import org.proximite.core.home.HomeQueries;
import org.proximite.core.theme.ThemeNode;
import org.proximite.web.chapter.ChapterView;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.initiative.InitiativeCardView;
import org.proximite.web.practice.PracticeCardView;
import org.proximite.web.practice.PracticesView;

/** The first page a reader sees: the chapters, the themes, and what changed recently. */
@Route("workspace")
@PermitAll
public class HomeView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final HomeQueries home;

    public HomeView(HomeQueries home) {
        this.home = home;
        addClassNames("home-view", "page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        HomePage page = home.load(ReaderLanguage.of(getLocale()));
        H1 welcome = new H1(getTranslation("home.welcome"));
        welcome.addClassName("home-welcome");
        add(welcome, new Paragraph(getTranslation("home.introduction")));
        add(chapters(page), projects(page), themes(page),
                recent("home.recent-practices", "practices.empty", page.recentPractices().stream().map(PracticeCardView::new).toList()),
                recent("home.recent-initiatives", "initiatives.empty", page.recentInitiatives().stream().map(InitiativeCardView::new).toList()));
    }

    private Section chapters(HomePage page) {
        Section section = section("home.chapters");
        if (page.chapters().isEmpty()) {
            section.add(new Paragraph(getTranslation("home.chapters.empty")));
        }
        for (var chapter : page.chapters()) {
            Div card = new Div();
            card.addClassNames("card", "chapter-card");
            card.add(new H3(new RouterLink(chapter.name(), ChapterView.class, ChapterView.parameters(chapter.id()))));
            if (chapter.description() != null) {
                card.add(new Paragraph(chapter.description()));
            }
            card.add(new Span(getTranslation("home.chapter.counts", chapter.practiceCount(), chapter.initiativeCount())));
            var terms = page.terms().getOrDefault(chapter.id(), List.of());
            if (!terms.isEmpty()) {
                Details vocabulary = new Details(getTranslation("home.chapter.terms"));
                vocabulary.addClassName("chapter-terms");
                UnorderedList list = new UnorderedList();
                terms.forEach(term -> {
                    ListItem item = new ListItem(term.note() == null ? term.label() : term.label() + " — " + term.note());
                    item.getElement().setAttribute("lang", term.language());
                    list.add(item);
                });
                vocabulary.add(list);
                card.add(vocabulary);
            }
            section.add(card);
        }
        return section;
    }

    private Section projects(HomePage page) {
        Section section = section("home.projects");
        section.setVisible(!page.projects().isEmpty());
        for (var project : page.projects()) {
            Div card = new Div();
            card.addClassNames("card", "project-card");
            card.getElement().setAttribute("lang", project.language());
            card.add(new H3(project.name()));
            if (project.startYear() != null && project.endYear() != null) {
                card.add(new Span(getTranslation("home.project.period", String.valueOf(project.startYear()), String.valueOf(project.endYear()))));
            }
            if (project.goal() != null) {
                card.add(new Paragraph(project.goal()));
            }
            if (!project.funders().isEmpty()) {
                card.add(new Paragraph(getTranslation("home.project.funders", String.join(", ", project.funders()))));
            }
            if (!project.implementers().isEmpty()) {
                card.add(new Paragraph(getTranslation("home.project.implementers", String.join(", ", project.implementers()))));
            }
            section.add(card);
        }
        return section;
    }

    private Section themes(HomePage page) {
        Section section = section("home.themes");
        Div list = new Div();
        list.addClassName("theme-list");
        for (ThemeNode theme : page.themes()) {
            RouterLink link = new RouterLink(getTranslation("home.theme.count", theme.label(), theme.practiceCount()), PracticesView.class);
            link.setQueryParameters(QueryParameters.simple(Map.of("theme", theme.slug())));
            link.addClassName("theme-link");
            list.add(link);
        }
        section.add(list);
        return section;
    }

    /** Recently changed items of one kind, as cards, or a line saying there are none. */
    private Section recent(String titleKey, String emptyKey, List<? extends Component> cards) {
        Section section = section(titleKey);
        if (cards.isEmpty()) {
            section.add(new Paragraph(getTranslation(emptyKey)));
        }
        cards.forEach(section::add);
        return section;
    }

    private Section section(String titleKey) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("home-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("home.title"));
    }
}
