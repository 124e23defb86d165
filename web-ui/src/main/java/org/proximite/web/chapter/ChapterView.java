package org.proximite.web.chapter;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.chapter.ContextPage;
import org.proximite.core.workflow.OutdatedAdaptations;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.content.SourceList;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.content.FallbackNotice;
import org.proximite.web.content.MarkdownView;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.content.TitledList;
import org.proximite.web.practice.PracticeView;
import org.proximite.web.practice.PracticesView;

/** A chapter for readers: what it is, its pages about the country or partner, its words. */
@Route("workspace/chapters/:id")
@PermitAll
public class ChapterView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final ChapterQueries chapters;
    private final MarkdownRenderer markdown;
    private final OutdatedAdaptations outdated;
    private final EditorAccess access;
    private String id;
    private Optional<ChapterSummary> chapter = Optional.empty();

    public ChapterView(ChapterQueries chapters, MarkdownRenderer markdown, OutdatedAdaptations outdated, EditorAccess access) {
        this.chapters = chapters;
        this.markdown = markdown;
        this.outdated = outdated;
        this.access = access;
        addClassNames("chapter-view", "page");
    }

    public static RouteParameters parameters(String id) {
        return new RouteParameters("id", id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").orElse("");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        String language = ReaderLanguage.of(getLocale());
        chapter = chapters.list(language).stream()
                .filter(summary -> summary.id().equals(id) && summary.state() == org.proximite.core.chapter.ChapterState.ACTIVE)
                .findFirst();
        if (chapter.isEmpty()) {
            add(new H1(getTranslation("chapter.not-found.title")), new Paragraph(getTranslation("chapter.not-found", id)));
            return;
        }
        ChapterSummary found = chapter.get();
        add(new H1(found.name()));
        if (found.description() != null) {
            add(new Paragraph(found.description()));
        }
        RouterLink practices = new RouterLink(getTranslation("chapter.practices", found.practiceCount()), PracticesView.class);
        practices.setQueryParameters(QueryParameters.simple(Map.of("chapter", found.id())));
        add(practices);
        for (ContextPage page : chapters.pages(found.id(), language)) {
            Section section = new Section(new H2(page.title()));
            section.addClassName("context-page");
            section.getElement().setAttribute("lang", page.language());
            if (page.fallback()) {
                section.add(new FallbackNotice(page.language()));
            }
            if (page.body() != null) {
                section.add(new MarkdownView(markdown, page.body()));
            }
            section.add(new SourceList(page.sources(), page.slug() + "-ref"));
            add(section);
        }
        addAdaptations(found.id(), language);
        var terms = chapters.terms(language).getOrDefault(found.id(), java.util.List.of());
        if (!terms.isEmpty()) {
            UnorderedList list = new UnorderedList();
            terms.forEach(term -> list.add(new ListItem(term.note() == null ? term.label() : term.label() + " — " + term.note())));
            add(new H2(getTranslation("home.chapter.terms")), list);
        }
    }

    /**
     * The practices of other chapters this one adapts, each a link to the practice, where the
     * adaptation shows; for people who work on content, a link to follow them, with how many are
     * outdated.
     */
    private void addAdaptations(String chapterId, String language) {
        var adapted = chapters.adaptations(chapterId, language);
        if (adapted.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("chapter-adaptations");
        adapted.forEach(practice -> list.add(new ListItem(
                TitledList.link(practice.title(), practice.language(), PracticeView.class, practice.slug()))));
        add(new H2(getTranslation("chapter.adaptations")), new Paragraph(getTranslation("chapter.adaptations.help")), list);
        if (access.canEdit()) {
            RouterLink follow = new RouterLink(getTranslation("chapter.adaptations.follow", outdated.outdated(chapterId, language).size()),
                    ChapterAdaptationsView.class, ChapterAdaptationsView.parameters(chapterId));
            follow.addClassName("follow-adaptations");
            add(follow);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", chapter.map(ChapterSummary::name).orElse(getTranslation("nav.chapters")));
    }
}
