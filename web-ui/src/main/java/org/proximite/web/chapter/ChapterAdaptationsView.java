package org.proximite.web.chapter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.workflow.OutdatedAdaptations;
import org.proximite.core.workflow.OutdatedAdaptations.Adaptation;
import org.proximite.core.workflow.Revisions;
import org.proximite.web.content.FieldLabels;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.practice.PracticeView;
import org.proximite.web.security.Roles;

/**
 * A chapter's adaptations of other chapters' practices, for the people who keep them up: each
 * one, language by language, marked outdated when the practice it adapts was published again with
 * changed fields since it was written. An outdated one shows, field by field, the practice as the
 * adaptation stood on it, the practice now, and the adaptation's own text beside them; a country
 * editor of the chapter (or a coordinator) confirms there that it still holds.
 */
@Route("workspace/chapters/:id/adaptations")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.COUNTRY_EDITOR, Roles.TRANSLATOR})
public class ChapterAdaptationsView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final ChapterQueries chapters;
    private final OutdatedAdaptations adaptations;
    private final EditorAccess access;
    private final Checkbox onlyOutdated = new Checkbox();
    private final Div list = new Div();
    private final Paragraph summary = new Paragraph();
    private String id = "";
    private Optional<ChapterSummary> chapter = Optional.empty();

    public ChapterAdaptationsView(ChapterQueries chapters, OutdatedAdaptations adaptations, EditorAccess access) {
        this.chapters = chapters;
        this.adaptations = adaptations;
        this.access = access;
        addClassNames("chapter-adaptations-view", "page-wide");
        onlyOutdated.addClassName("only-outdated");
        onlyOutdated.addValueChangeListener(change -> showList());
        list.addClassName("adaptation-list");
        summary.addClassName("adaptations-summary");
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
        chapter = chapters.list(ReaderLanguage.of(getLocale())).stream().filter(summary -> summary.id().equals(id)).findFirst();
        if (chapter.isEmpty()) {
            add(new H1(getTranslation("chapter.not-found.title")), new Paragraph(getTranslation("chapter.not-found", id)));
            return;
        }
        add(new H1(getTranslation("adaptations.title", chapter.get().name())));
        RouterLink back = new RouterLink(getTranslation("adaptations.back", chapter.get().name()), ChapterView.class, ChapterView.parameters(id));
        back.addClassName("back-to-chapter");
        onlyOutdated.setLabel(getTranslation("adaptations.only-outdated"));
        add(back, new Paragraph(getTranslation("adaptations.help")), summary, onlyOutdated, list);
        showList();
    }

    private void showList() {
        list.removeAll();
        List<Adaptation> all = adaptations.of(id, ReaderLanguage.of(getLocale()));
        long outdated = all.stream().filter(Adaptation::outdated).count();
        summary.setText(all.isEmpty() ? getTranslation("adaptations.none") : getTranslation("adaptations.summary", all.size(), outdated));
        boolean mayConfirm = access.actor().mayEdit(id);
        all.stream().filter(adaptation -> !onlyOutdated.getValue() || adaptation.outdated())
                .forEach(adaptation -> list.add(card(adaptation, mayConfirm)));
    }

    private Section card(Adaptation adaptation, boolean mayConfirm) {
        Section card = new Section();
        card.addClassNames("adaptation-status", adaptation.outdated() ? "outdated" : "current");
        card.getElement().setAttribute("data-practice", adaptation.practiceSlug());
        card.getElement().setAttribute("data-language", adaptation.language());
        RouterLink practice = new RouterLink(adaptation.practiceTitle(), PracticeView.class, PracticeView.parameters(adaptation.practiceSlug()));
        Span state = new Span(getTranslation(adaptation.outdated() ? "adaptations.outdated" : "adaptations.current"));
        state.addClassNames("text-state", "adaptation-state", adaptation.outdated() ? "state-outdated" : "state-published");
        H2 heading = new H2(practice, new Span(" · " + languageName(adaptation.language()) + " "), state);
        heading.addClassName("adaptation-heading");
        card.add(heading, basisLine(adaptation));
        if (adaptation.reviewedBy() != null) {
            Paragraph reviewed = new Paragraph(getTranslation("adaptations.reviewed", adaptation.reviewedBy(),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                            .format(adaptation.reviewedAt().atZoneSameInstant(ZoneOffset.UTC)) + " UTC"));
            reviewed.addClassName("adaptation-reviewed");
            card.add(reviewed);
        }
        if (adaptation.rationale() != null) {
            Paragraph rationale = new Paragraph(adaptation.rationale());
            rationale.addClassName("adaptation-rationale");
            rationale.getElement().setAttribute("lang", adaptation.language());
            card.add(rationale);
        }
        if (!adaptation.outdated()) {
            if (!adaptation.fields().isEmpty()) {
                Paragraph adapted = new Paragraph(getTranslation("adaptations.adapted-fields", labels(adaptation.fields().keySet().stream().toList())));
                adapted.addClassName("adapted-fields");
                card.add(adapted);
            }
            return card;
        }
        Paragraph changed = new Paragraph(getTranslation("adaptations.changed-fields", labels(adaptation.changedFields())));
        changed.addClassName("adaptation-changed-fields");
        card.add(changed, comparison(adaptation));
        if (mayConfirm) {
            Button confirm = new Button(getTranslation("adaptations.confirm"), click -> confirm(adaptation));
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.addClassName("confirm-adaptation");
            card.add(confirm);
        }
        return card;
    }

    private Paragraph basisLine(Adaptation adaptation) {
        String basis = adaptation.basisVersion() == null
                ? getTranslation("adaptations.basis.none", languageName(adaptation.basisLanguage()))
                : getTranslation("adaptations.basis", languageName(adaptation.basisLanguage()), adaptation.basisVersion());
        String now = adaptation.currentVersion() == null ? getTranslation("adaptations.now.none")
                : getTranslation("adaptations.now", adaptation.currentVersion());
        Paragraph line = new Paragraph(basis + " " + now);
        line.addClassName("adaptation-basis");
        return line;
    }

    /** The practice's changed fields, then and now, beside what the adaptation says of each. */
    private Div comparison(Adaptation adaptation) {
        Div table = new Div();
        table.addClassName("adaptation-comparison");
        Div head = new Div(new Span(""), new Span(getTranslation("adaptations.column.then", adaptation.basisVersion() == null ? "—"
                : String.valueOf(adaptation.basisVersion()))), new Span(getTranslation("adaptations.column.now", adaptation.currentVersion())),
                new Span(getTranslation("adaptations.column.adaptation")));
        head.addClassNames("compared-field", "adaptation-compared", "compared-head");
        table.add(head);
        for (Revisions.FieldComparison field : adaptations.changes(adaptation)) {
            if (!field.changed()) {
                continue;
            }
            Span label = new Span(FieldLabels.of(this, ItemKind.PRACTICE, field.field()));
            label.addClassName("compared-label");
            Paragraph before = paragraph(field.before(), "compared-before", adaptation.basisLanguage());
            Paragraph after = paragraph(field.after(), "compared-after", adaptation.basisLanguage());
            String own = adaptation.fields().get(field.field());
            Paragraph adapted = own == null ? paragraph(getTranslation("adaptations.not-adapted"), "compared-adaptation not-adapted", null)
                    : paragraph(own, "compared-adaptation", adaptation.language());
            Div row = new Div(label, before, after, adapted);
            row.addClassNames("compared-field", "adaptation-compared", "changed");
            row.getElement().setAttribute("data-field", field.field());
            table.add(row);
        }
        return table;
    }

    private static Paragraph paragraph(String text, String classNames, String language) {
        Paragraph paragraph = new Paragraph(text == null ? "—" : text);
        paragraph.addClassNames(classNames.split(" "));
        if (language != null) {
            paragraph.getElement().setAttribute("lang", language);
        }
        return paragraph;
    }

    private void confirm(Adaptation adaptation) {
        try {
            adaptations.markReviewed(id, adaptation.practiceSlug(), adaptation.language(), adaptation.currentVersion(), access.actor());
            Notification.show(getTranslation("adaptations.confirmed", adaptation.practiceTitle(), languageName(adaptation.language())), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (NotAllowedException e) {
            refused(getTranslation("editor." + e.code(), e.arguments().toArray()));
        } catch (StaleEditException e) {
            refused(getTranslation("adaptations.stale"));
        } catch (ContentNotFoundException e) {
            refused(getTranslation("adaptations.gone"));
        }
        showList();
    }

    private static void refused(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    private String labels(List<String> fields) {
        return String.join(", ", fields.stream().map(field -> FieldLabels.of(this, ItemKind.PRACTICE, field)).toList());
    }

    private String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
        return name.isBlank() || name.equals(code) ? code : name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", chapter.map(found -> getTranslation("adaptations.title", found.name()))
                .orElse(getTranslation("nav.chapters")));
    }
}
