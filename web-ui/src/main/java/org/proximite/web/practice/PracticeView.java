package org.proximite.web.practice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.Resource;
import org.proximite.core.practice.PracticePage;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.content.Badge;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.ItemPageView;
import org.proximite.web.content.ShownKind;
import org.proximite.web.content.SourceList;
import org.proximite.web.content.TitledList;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.initiative.InitiativeView;

/**
 * One practice: what every item's page shows, with its evidence level (its outcomes, rated each on
 * their own, and the level explained after the "effect" section) and themes, its resources, its
 * numbered references, how other chapters adapt it, related practices and
 * the initiatives that applied it.
 */
@Route("workspace/practices/:slug")
@PermitAll
public class PracticeView extends ItemPageView<PracticePage> {

    private final MarkdownRenderer markdown;

    public PracticeView(PracticeQueries practices, MarkdownRenderer markdown, EditorAccess access) {
        super(new ShownKind<>(ItemKind.PRACTICE, practices::find, PracticePage::item, PracticePage::shown, PracticesView.class,
                PracticeEditorView.class), markdown, access::canEdit);
        this.markdown = markdown;
    }

    @Override
    protected List<Badge> badges(PracticePage practice) {
        List<Badge> badges = new ArrayList<>();
        badges.add(new Badge(EvidenceLabels.name(this, practice.evidenceLevel()), "evidence"));
        practice.themes().forEach(theme -> badges.add(new Badge(theme.label(), "theme")));
        return badges;
    }

    @Override
    protected Map<String, Component> afterFields(PracticePage practice) {
        Paragraph evidence = new Paragraph(EvidenceLabels.explanation(this, practice.evidenceLevel()));
        evidence.addClassName("evidence-help");
        return Map.of("effect", new Div(new OutcomeList(practice.outcomes()), evidence));
    }

    @Override
    protected void showOwn(PracticePage practice) {
        add(new TitledList(getTranslation("practice.resources"), practice.resources().stream().map(PracticeView::link).toList()));
        add(new SourceList(practice.sources()));
        practice.adaptations().forEach(adaptation -> add(new AdaptationView(markdown, adaptation)));
        add(new TitledList(getTranslation("practice.related"), TitledList.links(practice.related(), PracticeView.class)));
        add(new TitledList(getTranslation("practice.applied-in"), TitledList.links(practice.appliedIn(), InitiativeView.class)));
    }

    private static Anchor link(Resource resource) {
        Anchor link = new Anchor(resource.url(), resource.label());
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }
}
