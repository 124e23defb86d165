package org.proximite.web.initiative;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.Optional;

import org.proximite.core.initiative.InitiativePage;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.content.Badge;
import org.proximite.web.content.FallbackNotice;
import org.proximite.web.content.MarkdownView;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.practice.PracticeView;

/** One initiative: when, where, who took part, what came out of it, which practices it applied. */
@Route("initiatives/:slug")
@AnonymousAllowed
public class InitiativeView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final InitiativeQueries initiatives;
    private final MarkdownRenderer markdown;
    private final EditorAccess access;
    private String slug;
    private Optional<InitiativePage> page = Optional.empty();

    public InitiativeView(InitiativeQueries initiatives, MarkdownRenderer markdown, EditorAccess access) {
        this.initiatives = initiatives;
        this.markdown = markdown;
        this.access = access;
        addClassNames("initiative-view", "page");
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
        page = initiatives.find(slug, ReaderLanguage.of(getLocale()), access.canEdit());
        if (page.isEmpty()) {
            add(new H1(getTranslation("initiative.not-found.title")),
                    new Paragraph(getTranslation("initiative.not-found", slug)),
                    new RouterLink(getTranslation("initiative.back"), InitiativesView.class));
            return;
        }
        show(page.get());
    }

    private void show(InitiativePage initiative) {
        var text = initiative.text();
        add(new H1(text.title()));
        if (initiative.fallback()) {
            add(new FallbackNotice(initiative.language()));
        }
        Div facts = new Div(new Badge(InitiativeLabels.kind(this, initiative.facts().kind()), "kind"));
        facts.addClassName("badges");
        String when = InitiativeLabels.when(getLocale(), initiative.facts().startDate(), initiative.facts().endDate(), initiative.facts().year());
        if (!when.isEmpty()) {
            facts.add(new Badge(when, "date"));
        }
        String where = InitiativeLabels.where(initiative.facts().locality(), initiative.facts().countryCode(), getLocale());
        if (!where.isEmpty()) {
            facts.add(new Badge(where, "place"));
        }
        if (initiative.facts().planned()) {
            facts.add(new Badge(getTranslation("initiative.planned"), "planned"));
        }
        if (initiative.archived()) {
            facts.add(new Badge(getTranslation("status.archived"), "archived"));
        }
        add(facts);
        if (access.canEdit()) {
            add(new Button(getTranslation("initiative.edit"), click -> getUI().ifPresent(ui ->
                    ui.navigate(InitiativeEditorView.class, InitiativeEditorView.parameters(initiative.slug())))));
        }
        Div content = new Div();
        content.addClassName("content");
        content.getElement().setAttribute("lang", initiative.language());
        Paragraph summary = new Paragraph(text.summary());
        summary.addClassName("summary");
        content.add(summary);
        if (text.get("body") != null) {
            content.add(new MarkdownView(markdown, text.get("body")));
        }
        if (text.get("outcomes") != null && !text.get("outcomes").isBlank()) {
            content.add(new H2(getTranslation("initiative.outcomes")), new MarkdownView(markdown, text.get("outcomes")));
        }
        add(content);
        if (initiative.facts().participantsTotal() != null || !initiative.participants().isEmpty()) {
            UnorderedList list = new UnorderedList();
            if (initiative.facts().participantsTotal() != null) {
                list.add(new ListItem(getTranslation("initiative.participants.count", initiative.facts().participantsTotal())));
            }
            initiative.participants().forEach(group -> list.add(new ListItem(getTranslation("initiative.participants.group", group.label(), group.count()))));
            add(new H2(getTranslation("initiative.participants")), list);
        }
        if (!initiative.organisations().isEmpty()) {
            UnorderedList list = new UnorderedList();
            initiative.organisations().forEach(name -> list.add(new ListItem(name)));
            add(new H2(getTranslation("initiative.organisations")), list);
        }
        if (!initiative.practices().isEmpty()) {
            UnorderedList list = new UnorderedList();
            initiative.practices().forEach(link -> list.add(new ListItem(
                    new RouterLink(link.title(), PracticeView.class, PracticeView.parameters(link.slug())))));
            add(new H2(getTranslation("initiative.practices")), list);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", page.map(found -> found.text().title()).orElse(getTranslation("initiatives.title")));
    }
}
