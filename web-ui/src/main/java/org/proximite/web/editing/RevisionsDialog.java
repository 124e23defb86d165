package org.proximite.web.editing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.workflow.Revisions;
import org.proximite.web.content.FieldLabels;

/**
 * The versions of one language's text: who saved each, when, in which state, which fields it
 * changed and how it was made when it says (imported from the web, with what the editor decided); any two side by side, field by field, the changed ones marked; and one restored as a
 * new draft (nothing is lost: the versions between stay).
 */
class RevisionsDialog extends Dialog {

    private final Revisions revisions;
    private final ItemKind kind;
    private final String slug;
    private final String language;
    private final Select<Integer> before = new Select<>();
    private final Select<Integer> after = new Select<>();
    private final Div comparison = new Div();

    RevisionsDialog(Revisions revisions, ItemKind kind, String slug, String language, String languageName, boolean mayRestore,
            IntConsumer restore) {
        this.revisions = revisions;
        this.kind = kind;
        this.slug = slug;
        this.language = language;
        addClassName("revisions-dialog");
        setHeaderTitle(getTranslation("revisions.title", languageName));
        setWidth("min(64rem, 100vw)");
        List<Revisions.Revision> list = revisions.list(kind, slug, language);
        Grid<Revisions.Revision> grid = new Grid<>();
        grid.addClassName("revisions");
        grid.setAllRowsVisible(list.size() <= 8);
        grid.addColumn(Revisions.Revision::version).setHeader(getTranslation("revisions.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(revision -> getTranslation("status." + revision.state().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("revisions.state")).setAutoWidth(true);
        grid.addColumn(Revisions.Revision::savedBy).setHeader(getTranslation("revisions.by")).setAutoWidth(true);
        grid.addColumn(revision -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(revision.savedAt().atZoneSameInstant(ZoneOffset.UTC)) + " UTC").setHeader(getTranslation("revisions.when")).setAutoWidth(true);
        grid.addColumn(revision -> String.join(", ", revision.changedFields().stream().map(field -> FieldLabels.of(this, kind, field)).toList()))
                .setHeader(getTranslation("revisions.changed"));
        // How the revision was made, when it says (an import from the web), in the reader's language.
        grid.addColumn(revision -> revision.note() == null ? "" : getTranslation(revision.note().code(), revision.note().arguments()))
                .setHeader(getTranslation("revisions.note")).setKey("note").setFlexGrow(2);
        if (mayRestore) {
            grid.addComponentColumn(revision -> {
                Button button = new Button(getTranslation("revisions.restore"), click -> {
                    close();
                    restore.accept(revision.version());
                });
                button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                button.addClassName("restore-revision");
                button.setEnabled(revision.version() != list.getFirst().version());
                return button;
            }).setAutoWidth(true).setFlexGrow(0).setKey("restore");
        }
        grid.setItems(list);
        List<Integer> versions = list.stream().map(Revisions.Revision::version).toList();
        before.setLabel(getTranslation("revisions.compare.before"));
        after.setLabel(getTranslation("revisions.compare.after"));
        before.setItems(versions);
        after.setItems(versions);
        before.addClassName("compare-before");
        after.addClassName("compare-after");
        if (!versions.isEmpty()) {
            after.setValue(versions.getFirst());
            before.setValue(versions.size() > 1 ? versions.get(1) : versions.getFirst());
        }
        before.addValueChangeListener(change -> compare());
        after.addValueChangeListener(change -> compare());
        comparison.addClassName("revision-comparison");
        Div selects = new Div(before, after);
        selects.addClassName("compare-versions");
        add(grid, selects, comparison);
        getFooter().add(new Button(getTranslation("revisions.close"), click -> close()));
        compare();
    }

    private void compare() {
        comparison.removeAll();
        if (before.getValue() == null || after.getValue() == null) {
            return;
        }
        for (Revisions.FieldComparison field : revisions.compare(kind, slug, language, before.getValue(), after.getValue())) {
            Div row = new Div();
            row.addClassName("compared-field");
            if (field.changed()) {
                row.addClassName("changed");
            }
            Span label = new Span(FieldLabels.of(this, kind, field.field()) + (field.changed() ? " · " + getTranslation("revisions.field-changed") : ""));
            label.addClassName("compared-label");
            Paragraph old = versionText(field.before());
            old.addClassName("compared-before");
            Paragraph now = versionText(field.after());
            now.addClassName("compared-after");
            row.add(label, old, now);
            comparison.add(row);
        }
    }

    /** One version's value of a field, marked as written in the text's language so that it is read and spelled as such. */
    private Paragraph versionText(String value) {
        if (value == null) {
            return new Paragraph("—");
        }
        Paragraph text = new Paragraph(value);
        text.getElement().setAttribute("lang", language);
        return text;
    }
}
