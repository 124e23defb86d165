package org.proximite.web.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.proximite.core.audit.AuditEntry;
import org.proximite.core.audit.AuditFilter;
import org.proximite.core.audit.AuditLog;
import org.proximite.core.content.PageRequest;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.security.Roles;
import org.proximite.web.i18n.ComponentTexts;

/**
 * The audit log for admins: who did what and when (UTC), as sentences in the reader's language,
 * newest first; filtered by person, by what happened, by subject and by dates; exported as CSV
 * with the same filters. There is nothing to edit or delete here.
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE_SIZE = 100;

    /** What an admin looks for, as groups of change kinds. */
    private static final Map<String, Set<ChangeKind>> TOPICS = topics();

    private final AuditLog log;
    private final AuditSentences sentences;
    private final EditorAccess access;
    private final TextField actor = new TextField();
    private final Select<String> topic = new Select<>();
    private final TextField subject = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Anchor export = new Anchor();
    private int page;

    public AuditView(AuditLog log, AuditSentences sentences, EditorAccess access) {
        this.log = log;
        this.sentences = sentences;
        this.access = access;
        addClassNames("audit-view", "page-wide");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.addClassName("audit-actor");
        topic.setLabel(getTranslation("audit.filter.topic"));
        topic.setItems(TOPICS.keySet());
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("overview.any"));
        topic.setItemLabelGenerator(value -> value == null ? getTranslation("overview.any") : getTranslation("audit.topic." + value));
        topic.addClassName("audit-topic");
        subject.setLabel(getTranslation("audit.filter.subject"));
        subject.addClassName("audit-subject");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        ComponentTexts.translated(from);
        ComponentTexts.translated(to);
        actor.addValueChangeListener(change -> reload(0));
        subject.addValueChangeListener(change -> reload(0));
        topic.addValueChangeListener(change -> reload(0));
        from.addValueChangeListener(change -> reload(0));
        to.addValueChangeListener(change -> reload(0));
        export.setText(getTranslation("audit.export"));
        export.addClassName("audit-export");
        export.getElement().setAttribute("download", true);
        export.setRouterIgnore(true);
        Div filters = new Div(actor, topic, subject, from, to, export);
        filters.addClassName("overview-filters");

        grid.addClassName("audit-grid");
        grid.addColumn(entry -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(entry.at().withOffsetSameInstant(ZoneOffset.UTC).withNano(0)) + " UTC")
                .setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> sentences.sentence(entry, getLocale())).setHeader(getTranslation("audit.what")).setFlexGrow(1).setKey("sentence");
        grid.setAllRowsVisible(true);
        Button previous = new Button(getTranslation("overview.previous"), click -> reload(page - 1));
        Button next = new Button(getTranslation("overview.next"), click -> reload(page + 1));
        Div paging = new Div(previous, count, next);
        paging.addClassName("overview-paging");
        add(new H1(getTranslation("audit.title")), filters, grid, paging);
        reload(0);
    }

    private void reload(int wanted) {
        page = Math.max(0, wanted);
        AuditFilter filter = new AuditFilter(actor.getValue(), topic.getValue() == null ? Set.of() : TOPICS.get(topic.getValue()),
                subject.getValue(), start(from.getValue()), start(to.getValue() == null ? null : to.getValue().plusDays(1)));
        var entries = log.entries(filter, new PageRequest(page, PAGE_SIZE), access.actor());
        if (entries.items().isEmpty() && page > 0) {
            reload(page - 1);
            return;
        }
        grid.setItems(entries.items());
        count.setText(entries.total() == 0 ? getTranslation("audit.empty")
                : getTranslation("overview.count", page * PAGE_SIZE + 1, Math.min(entries.total(), (long) (page + 1) * PAGE_SIZE), entries.total()));
        export.setHref("/api/v1/admin/audit.csv?" + query(filter));
    }

    private static OffsetDateTime start(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static String query(AuditFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (filter.actor() != null) {
            parameters.put("actor", filter.actor());
        }
        if (!filter.kinds().isEmpty()) {
            parameters.put("kind", filter.kinds().stream().map(ChangeKind::name).sorted().collect(Collectors.joining(",")));
        }
        if (filter.subject() != null) {
            parameters.put("subject", filter.subject());
        }
        if (filter.from() != null) {
            parameters.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            parameters.put("to", filter.to().toString());
        }
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, Set<ChangeKind>> topics() {
        Map<String, Set<ChangeKind>> topics = new LinkedHashMap<>();
        for (ChangeKind kind : ChangeKind.values()) {
            String name = kind.name();
            String topic = name.startsWith("LOGIN_") ? "sign-in"
                    : name.startsWith("USER_") ? "accounts"
                    : name.startsWith("CHAPTER_") ? "chapters"
                    : List.of("TEXT_SUBMITTED", "TEXT_RETURNED", "TEXT_PUBLISHED", "TEXT_ARCHIVED", "TEXT_REOPENED", "TEXT_REVIEWED", "ADAPTATION_REVIEWED").contains(name)
                            ? "workflow"
                    : name.endsWith("_DELETED") || name.endsWith("_ARCHIVED") ? "deletions"
                    : "content";
            topics.computeIfAbsent(topic, key -> new java.util.TreeSet<>()).add(kind);
        }
        return topics;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("audit.title"));
    }

}
