package org.proximite.web.content;

import com.vaadin.flow.component.html.Anchor;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.proximite.core.text.MarkdownRenderer;

/**
 * The page of one item, whatever its kind: takes the slug from the address, reads the item in the
 * reader's language (again when the reader switches language), shows its heading and its text,
 * says so when there is none, and names the browser tab after its title. Each kind adds its
 * badges and what only it has below the text.
 *
 * @param <P> the kind's page record
 */
public abstract class ItemPageView<P> extends VerticalLayout
        implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver, HasDynamicTitle {

    private final ShownKind<P> kind;
    private final MarkdownRenderer markdown;
    private final BooleanSupplier mayEdit;
    private String slug = "";
    private Optional<P> page = Optional.empty();
    private Locale shownIn;

    /** @param mayEdit whether the signed-in person edits content: they see drafts and an edit button */
    protected ItemPageView(ShownKind<P> kind, MarkdownRenderer markdown, BooleanSupplier mayEdit) {
        this.kind = kind;
        this.markdown = markdown;
        this.mayEdit = mayEdit;
        addClassNames(kind.kind().name().toLowerCase(Locale.ROOT) + "-view", "page");
    }

    /** The route parameters of an item's page, and of its editor. */
    public static RouteParameters parameters(String slug) {
        return new RouteParameters("slug", slug);
    }

    /** The kind's badges beside the title ("archived" follows them). */
    protected abstract List<Badge> badges(P page);

    /** Components to show right after some text fields, by field name. */
    protected Map<String, Component> afterFields(P page) {
        return Map.of();
    }

    /** Adds what only the kind has, below the text. */
    protected abstract void showOwn(P page);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        // A missing item answers a real 404 (a reader's link checker, a search engine), not a page that only says so.
        if (kind.find().find(slug, ReaderLanguage.of(event.getUI().getLocale()), mayEdit.getAsBoolean()).isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation(KindKeys.of(kind.kind(), "not-found"), slug));
        }
    }

    /** Every navigation, to another item too: Vaadin keeps this view when only the slug changes. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        render();
    }

    /** Again in the reader's new language when they switch. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (shownIn != null && !shownIn.equals(getLocale())) {
            render();
        }
    }

    private void render() {
        removeAll();
        shownIn = getLocale();
        boolean editors = mayEdit.getAsBoolean();
        page = kind.find().find(slug, ReaderLanguage.of(getLocale()), editors);
        page.ifPresentOrElse(found -> show(found, editors), () -> add(
                new H1(getTranslation(KindKeys.of(kind.kind(), "not-found.title"))),
                new Paragraph(getTranslation(KindKeys.of(kind.kind(), "not-found"), slug)),
                new RouterLink(getTranslation(KindKeys.of(kind.kind(), "back")), kind.list())));
    }

    private void show(P found, boolean editors) {
        ItemHeading heading = new ItemHeading(kind.item().apply(found), kind.shown().apply(found), badges(found));
        if (editors) {
            heading.editableIn(kind.editor(), kind.item().apply(found));
        }
        add(heading, publicPage(kind.item().apply(found).slug()),
                new ItemSections(markdown, kind.kind(), kind.shown().apply(found), afterFields(found)));
        showOwn(found);
    }

    /** The page readers see (published texts only), in the language the workspace shows. */
    private Anchor publicPage(String itemSlug) {
        Anchor link = new Anchor("/guide/" + ReaderLanguage.of(getLocale()) + "/" + kind.kind().folder() + "/" + itemSlug,
                getTranslation("workspace.public-page"));
        link.addClassName("public-page-link");
        // A full page load: the public guide is not a Vaadin route.
        link.setRouterIgnore(true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", page.map(found -> kind.shown().apply(found).text().title())
                .orElse(getTranslation(kind.kind().folder() + ".title")));
    }
}
