package org.proximite.web.overview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.PageRequest;
import org.proximite.core.workflow.ContentOverview;
import org.proximite.core.workflow.OutdatedAdaptations;
import org.proximite.web.chapter.ChapterAdaptationsView;
import org.proximite.core.workflow.ContentOverview.CellState;
import org.proximite.core.workflow.TextWorkflow;
import org.proximite.core.workflow.Transition;
import org.proximite.core.xliff.ItemKey;
import org.proximite.core.xliff.XliffExport;
import org.proximite.core.xliff.XliffImport;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.editing.ItemEditorView;
import org.proximite.web.editing.WorkflowWords;
import org.proximite.web.i18n.OpenLanguageLists;
import org.proximite.web.initiative.InitiativeEditorView;
import org.proximite.web.practice.PracticeEditorView;
import org.proximite.web.security.Roles;
import org.proximite.web.xliff.XliffPanel;

/**
 * Items against languages at a glance: each text's state (missing, outdated, draft, in review,
 * published, archived), whether readers see an older version, who changed it and when; how
 * complete each language is; filters, sorting; bulk moves of the texts chosen in one language,
 * each refused text said with its reason; and the chosen items exported as XLIFF for a
 * translator, whose file is imported back here. The core checks every move and every import.
 */
@Route("workspace/overview")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.COUNTRY_EDITOR, Roles.TRANSLATOR})
public class ContentOverviewView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE_SIZE = 50;

    private final ContentOverview overview;
    private final TextWorkflow workflow;
    private final EditorAccess access;
    private final OutdatedAdaptations adaptations;
    private final Div outdatedAdaptations = new Div();
    private final Select<ItemKind> kind = new Select<>();
    private final TextField chapter = new TextField();
    private final Select<String> language = new Select<>();
    private final Select<CellState> state = new Select<>();
    private final Select<ContentOverview.Sort> sort = new Select<>();
    private final Div completeness = new Div();
    private final Grid<ContentOverview.Row> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Select<Transition> bulkMove = new Select<>();
    private final TextField bulkComment = new TextField();
    private final XliffPanel xliff;
    private List<String> languages;
    private int page;
    private long total;

    public ContentOverviewView(ContentOverview overview, TextWorkflow workflow, EditorAccess access, XliffExport xliffExport,
            XliffImport xliffImport, OutdatedAdaptations adaptations, OpenLanguageLists openLists) {
        this.overview = overview;
        this.workflow = workflow;
        this.access = access;
        this.adaptations = adaptations;
        addClassNames("overview-view", "page-wide");
        languages = overview.languages();
        add(new H1(getTranslation("overview.title")), completeness, outdatedAdaptations);
        completeness.addClassName("completeness");
        outdatedAdaptations.addClassName("outdated-adaptations");

        kind.setLabel(getTranslation("overview.kind"));
        kind.setItems(ItemKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("overview.any"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("overview.any") : getTranslation("overview.kind." + value.name().toLowerCase(Locale.ROOT)));
        chapter.setLabel(getTranslation("overview.chapter"));
        chapter.setPlaceholder("guinea");
        language.setLabel(getTranslation("overview.language"));
        language.setItems(languages);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("overview.any"));
        state.setLabel(getTranslation("overview.state"));
        state.setItems(CellState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("overview.any"));
        state.setItemLabelGenerator(value -> value == null ? getTranslation("overview.any") : cellWord(value));
        sort.setLabel(getTranslation("overview.sort"));
        sort.setItems(ContentOverview.Sort.values());
        sort.setItemLabelGenerator(value -> getTranslation("overview.sort." + value.name().toLowerCase(Locale.ROOT)));
        sort.setValue(ContentOverview.Sort.LAST_CHANGE);
        kind.addClassName("filter-kind");
        language.addClassName("filter-language");
        state.addClassName("filter-state");
        List.of(kind, language, state, sort).forEach(select -> select.addValueChangeListener(change -> reload(0)));
        chapter.addValueChangeListener(change -> reload(0));
        Div filters = new Div(kind, chapter, language, state, sort);
        filters.addClassName("overview-filters");
        add(filters);

        grid.addClassName("overview-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(this::titleLink).setHeader(getTranslation("overview.item")).setFlexGrow(2).setKey("item");
        grid.addColumn(row -> row.chapterId() == null ? "—" : row.chapterId()).setHeader(getTranslation("overview.chapter")).setAutoWidth(true);
        addLanguageColumns();
        grid.setAllRowsVisible(true);

        bulkMove.setLabel(getTranslation("overview.bulk.move"));
        bulkMove.setItems(Transition.values());
        bulkMove.setItemLabelGenerator(move -> move == null ? "" : getTranslation("workflow.move." + move.name().toLowerCase(Locale.ROOT)));
        bulkMove.addClassName("bulk-move");
        bulkComment.setLabel(getTranslation("overview.bulk.comment"));
        bulkComment.addClassName("bulk-comment");
        Button apply = new Button(getTranslation("overview.bulk.apply"), click -> applyBulk());
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClassName("bulk-apply");
        Div bulk = new Div(bulkMove, bulkComment, apply);
        bulk.addClassName("overview-bulk");
        Button previous = new Button(getTranslation("overview.previous"), click -> reload(page - 1));
        Button next = new Button(getTranslation("overview.next"), click -> reload(page + 1));
        previous.addClassName("page-previous");
        next.addClassName("page-next");
        Div paging = new Div(previous, count, next);
        paging.addClassName("overview-paging");
        xliff = new XliffPanel(xliffExport, xliffImport, languages,
                () -> grid.getSelectedItems().stream().map(row -> new ItemKey(row.kind(), row.slug())).toList(), access::actor, () -> reload(page));
        add(bulk, xliff, grid, paging);
        reload(0);
        openLists.follow(this, this::languagesChanged);
    }

    /** A column per content language, then who changed the item last. */
    private void addLanguageColumns() {
        for (String code : languages) {
            grid.addComponentColumn(row -> cell(row, code)).setHeader(code).setAutoWidth(true).setKey("lang-" + code);
        }
        grid.addColumn(row -> row.changedBy() + " · " + row.changedAt().toLocalDate()).setHeader(getTranslation("overview.last-change"))
                .setAutoWidth(true).setKey("last-change");
    }

    /** A chapter brought or took away content languages: the columns, the filter and the export follow, the page stays. */
    private void languagesChanged() {
        List<String> now = overview.languages();
        if (now.equals(languages)) {
            return;
        }
        languages = now;
        String filtered = language.getValue();
        language.setItems(now);
        language.setValue(filtered != null && now.contains(filtered) ? filtered : null);
        grid.getColumns().stream().filter(column -> column.getKey() != null && (column.getKey().startsWith("lang-") || column.getKey().equals("last-change")))
                .toList().forEach(grid::removeColumn);
        addLanguageColumns();
        xliff.setLanguages(now);
        reload(page);
    }

    private void reload(int wanted) {
        Actor actor = access.actor();
        ContentOverview.Filter filter = new ContentOverview.Filter(kind.getValue(), chapter.getValue().isBlank() ? null : chapter.getValue().strip(),
                language.getValue(), state.getValue(), sort.getValue() == null ? ContentOverview.Sort.LAST_CHANGE : sort.getValue());
        page = Math.max(0, wanted);
        var glance = overview.glance(filter, getLocale().getLanguage(), new PageRequest(page, PAGE_SIZE), actor);
        var rows = glance.page();
        if (rows.items().isEmpty() && page > 0) {
            reload(page - 1);
            return;
        }
        total = rows.total();
        grid.setItems(rows.items());
        grid.getColumns().stream().filter(column -> column.getKey() != null && column.getKey().startsWith("lang-"))
                .forEach(column -> column.setVisible(language.getValue() == null || column.getKey().equals("lang-" + language.getValue())));
        count.setText(total == 0 ? getTranslation("overview.empty")
                : getTranslation("overview.count", page * PAGE_SIZE + 1, Math.min(total, (long) (page + 1) * PAGE_SIZE), total));
        showCompleteness(glance.completeness());
        showOutdatedAdaptations();
    }

    /** Chapters whose adaptations of other chapters' practices are outdated, each a link to them. */
    private void showOutdatedAdaptations() {
        outdatedAdaptations.removeAll();
        Map<String, Integer> counts = adaptations.outdatedByChapter();
        outdatedAdaptations.setVisible(!counts.isEmpty());
        if (counts.isEmpty()) {
            return;
        }
        outdatedAdaptations.add(new Span(getTranslation("overview.outdated-adaptations")));
        counts.forEach((chapterId, count) -> {
            RouterLink link = new RouterLink(getTranslation("overview.outdated-adaptations.chapter", chapterId, count),
                    ChapterAdaptationsView.class, ChapterAdaptationsView.parameters(chapterId));
            link.addClassName("outdated-adaptations-link");
            outdatedAdaptations.add(link);
        });
    }

    private void showCompleteness(Map<String, Map<CellState, Integer>> counts) {
        completeness.removeAll();
        counts.forEach((code, states) -> {
            int all = states.values().stream().mapToInt(Integer::intValue).sum();
            int published = states.getOrDefault(CellState.PUBLISHED, 0);
            List<String> parts = new ArrayList<>();
            Arrays.stream(CellState.values()).filter(cellState -> cellState != CellState.PUBLISHED && states.getOrDefault(cellState, 0) > 0)
                    .forEach(cellState -> parts.add(states.get(cellState) + " " + cellWord(cellState).toLowerCase(getLocale())));
            Span line = new Span(getTranslation("overview.completeness", code, published, all) + (parts.isEmpty() ? "" : " · " + String.join(", ", parts)));
            line.addClassNames("completeness-line", "lang-" + code);
            completeness.add(line);
        });
    }

    private RouterLink titleLink(ContentOverview.Row row) {
        RouterLink link = new RouterLink(row.title(), row.kind() == ItemKind.PRACTICE ? PracticeEditorView.class : InitiativeEditorView.class,
                ItemEditorView.parameters(row.slug()));
        link.addClassName("overview-title");
        if (row.titleLanguage() != null) {
            link.getElement().setAttribute("lang", row.titleLanguage());
        }
        return link;
    }

    private Span cell(ContentOverview.Row row, String code) {
        ContentOverview.Cell cell = row.cell(code);
        String text = cellWord(cell.state()) + (cell.readersSeeOlder() ? " ⟳" : "");
        Span badge = new Span(text);
        badge.addClassNames("text-state", "state-" + cell.state().name().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("title", tooltip(cell));
        return badge;
    }

    private String tooltip(ContentOverview.Cell cell) {
        List<String> lines = new ArrayList<>();
        if (cell.readersSeeOlder()) {
            lines.add(getTranslation("overview.readers-see-older"));
        }
        if (!cell.outdatedFields().isEmpty()) {
            lines.add(getTranslation("overview.outdated-fields", String.join(", ", cell.outdatedFields())));
        }
        if (cell.changedBy() != null) {
            lines.add(getTranslation("overview.changed-by", cell.changedBy(), cell.changedAt().toLocalDate()));
        }
        return String.join("\n", lines);
    }

    private String cellWord(CellState cellState) {
        return getTranslation("overview.cell." + cellState.name().toLowerCase(Locale.ROOT));
    }

    /** Moves the chosen items' texts in the chosen language, each on its own; says what was done and what was refused, and why. */
    private void applyBulk() {
        Set<ContentOverview.Row> chosen = grid.getSelectedItems();
        if (chosen.isEmpty() || bulkMove.getValue() == null || language.getValue() == null) {
            Notification.show(getTranslation("overview.bulk.choose"), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.WARNING);
            return;
        }
        String code = language.getValue();
        List<TextWorkflow.TextAt> texts = chosen.stream()
                .filter(row -> row.cell(code).state() != CellState.MISSING)
                .map(row -> new TextWorkflow.TextAt(row.kind(), row.slug(), code, row.cell(code).version()))
                .toList();
        List<TextWorkflow.Outcome> outcomes = workflow.moveAll(texts, bulkMove.getValue(), bulkComment.getValue(), access.actor());
        long done = outcomes.stream().filter(TextWorkflow.Outcome::done).count();
        List<String> refusals = outcomes.stream().filter(outcome -> !outcome.done())
                .map(outcome -> outcome.text().slug() + ": " + WorkflowWords.refusal(this, refusalCode(outcome), outcome.arguments()))
                .toList();
        int missing = chosen.size() - texts.size();
        String said = getTranslation("overview.bulk.done", done, outcomes.size() - done + missing)
                + (refusals.isEmpty() ? "" : " " + String.join(" · ", refusals));
        Notification.show(said, 10000, Notification.Position.MIDDLE)
                .addThemeVariants(refusals.isEmpty() && missing == 0 ? NotificationVariant.SUCCESS : NotificationVariant.WARNING);
        grid.deselectAll();
        reload(page);
    }

    /** Refusals of roles and scopes are said with the editor's words for them. */
    private static String refusalCode(TextWorkflow.Outcome outcome) {
        return outcome.code().startsWith("denied.") ? "editor." + outcome.code() : outcome.code();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("overview.title"));
    }
}
