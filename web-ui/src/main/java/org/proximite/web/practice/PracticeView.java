package org.proximite.web.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;

import org.proximite.core.practice.PracticePage;
import org.proximite.core.content.ContentLink;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.content.Badge;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.FallbackNotice;
import org.proximite.web.content.MarkdownView;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.initiative.InitiativeView;

/**
 * One practice: summary, body, and the EMMIE sections (effect and evidence, mechanism, context,
 * implementation, cost), with its resources, related practices and the initiatives that applied it.
 */
@Route("practices/:slug")
@AnonymousAllowed
public class PracticeView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final PracticeQueries practices;
    private final MarkdownRenderer markdown;
    private final EditorAccess access;
    private String slug;
    private Optional<PracticePage> page = Optional.empty();

    public PracticeView(PracticeQueries practices, MarkdownRenderer markdown, EditorAccess access) {
        this.practices = practices;
        this.markdown = markdown;
        this.access = access;
        addClassNames("practice-view", "page");
    }

    public static RouteParameters parameters(String slug) {
        return new RouteParameters("slug", slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        page = practices.find(slug, ReaderLanguage.of(getLocale()), access.canEdit());
        if (page.isEmpty()) {
            add(new H1(getTranslation("practice.not-found.title")),
                    new Paragraph(getTranslation("practice.not-found", slug)),
                    new RouterLink(getTranslation("practice.back"), PracticesView.class));
            return;
        }
        show(page.get());
    }

    private void show(PracticePage practice) {
        var text = practice.text();
        H1 title = new H1(text.title());
        add(title);
        if (practice.fallback()) {
            add(new FallbackNotice(practice.language()));
        }
        Div badges = new Div(new Badge(EvidenceLabels.name(this, practice.evidenceLevel()), "evidence"));
        badges.addClassName("badges");
        if (practice.archived()) {
            badges.add(new Badge(getTranslation("status.archived"), "archived"));
        }
        practice.themes().forEach(theme -> badges.add(new Badge(theme.label(), "theme")));
        add(badges);
        if (access.canEdit()) {
            Button edit = new Button(getTranslation("practice.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate(PracticeEditorView.class, PracticeEditorView.parameters(practice.slug()))));
            edit.addClassName("edit-button");
            add(edit);
        }
        Div content = new Div();
        content.addClassName("content");
        content.getElement().setAttribute("lang", practice.language());
        Paragraph summary = new Paragraph(text.summary());
        summary.addClassName("summary");
        content.add(summary);
        if (text.get("body") != null) {
            content.add(new MarkdownView(markdown, text.get("body")));
        }
        section(content, "practice.section.effect", text.get("effect"));
        Paragraph evidence = new Paragraph(EvidenceLabels.explanation(this, practice.evidenceLevel()));
        evidence.addClassName("evidence-help");
        content.add(evidence);
        section(content, "practice.section.mechanism", text.get("mechanism"));
        section(content, "practice.section.context", text.get("context"));
        section(content, "practice.section.implementation", text.get("implementation"));
        section(content, "practice.section.cost", text.get("cost"));
        add(content);
        if (!practice.resources().isEmpty()) {
            UnorderedList list = new UnorderedList();
            practice.resources().forEach(resource -> {
                Anchor link = new Anchor(resource.url(), resource.label());
                link.getElement().setAttribute("rel", "noopener noreferrer");
                list.add(new ListItem(link));
            });
            add(titled("practice.resources", list));
        }
        adaptations(practice);
        links("practice.related", practice.related(), true);
        links("practice.applied-in", practice.appliedIn(), false);
    }

    private void adaptations(PracticePage practice) {
        for (PracticePage.Adaptation adaptation : practice.adaptations()) {
            Section section = new Section(new H2(getTranslation("practice.adapted-by", adaptation.chapterName())));
            section.addClassName("adaptation");
            section.getElement().setAttribute("lang", adaptation.language());
            if (adaptation.rationale() != null) {
                Paragraph rationale = new Paragraph(adaptation.rationale());
                rationale.addClassName("adaptation-rationale");
                section.add(rationale);
            }
            adaptation.fields().forEach((field, value) -> {
                String key = switch (field) {
                    case "title" -> "editor.title";
                    case "summary" -> "editor.summary";
                    case "body" -> "editor.body";
                    default -> "practice.section." + field;
                };
                section.add(new com.vaadin.flow.component.html.H3(getTranslation(key)));
                section.add(field.equals("title") || field.equals("summary") ? new Paragraph(value) : new MarkdownView(markdown, value));
            });
            add(section);
        }
    }

    private void section(Div content, String titleKey, String sectionText) {
        if (sectionText != null && !sectionText.isBlank()) {
            content.add(new H2(getTranslation(titleKey)), new MarkdownView(markdown, sectionText));
        }
    }

    private void links(String titleKey, List<ContentLink> links, boolean practicesLinks) {
        if (links.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        links.forEach(link -> list.add(new ListItem(practicesLinks
                ? new RouterLink(link.title(), PracticeView.class, parameters(link.slug()))
                : new RouterLink(link.title(), InitiativeView.class, InitiativeView.parameters(link.slug())))));
        add(titled(titleKey, list));
    }

    private Section titled(String titleKey, com.vaadin.flow.component.Component body) {
        Section section = new Section(new H2(getTranslation(titleKey)), body);
        section.addClassName("related");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", page.map(found -> found.text().title()).orElse(getTranslation("practices.title")));
    }
}
