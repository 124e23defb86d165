package org.proximite.web.chapter;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Locale;
import org.proximite.core.chapter.TextConflict;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.chapter.installing.InstallPlan.Changes;
import org.proximite.core.chapter.installing.PlanDecision;
import org.proximite.web.i18n.ReasonTexts;

/** An install plan as an admin reads it before deciding: what the chapter would add, change and remove. */
class InstallPlanView extends Composite<Div> {

    private final java.util.Map<String, RadioButtonGroup<TextConflict.Resolution>> choices = new java.util.LinkedHashMap<>();

    InstallPlanView(InstallPlan plan, ReasonTexts reasons) {
        Div root = getContent();
        root.addClassName("install-plan");
        root.add(new H3(getTranslation("chapters.plan.title", plan.chapterId(), plan.toVersion())));
        root.add(new Paragraph(getTranslation("chapters.plan.action." + plan.action().name().toLowerCase(Locale.ROOT),
                String.valueOf(plan.fromVersion()), plan.toVersion())));
        root.add(new Paragraph(getTranslation(plan.contentOnly() ? "chapters.plan.content-only" : "chapters.plan.code")
                + " " + getTranslation("chapters.plan.signature." + plan.signature().name().toLowerCase(Locale.ROOT))));
        if (plan.provider() != null) {
            root.add(new Paragraph(getTranslation("chapters.plan.provider", plan.provider())));
        }
        if (!plan.dependencies().isEmpty()) {
            root.add(new Paragraph(getTranslation("chapters.plan.dependencies", String.join(", ", plan.dependencies()))));
        }
        changes(root, "chapters.plan.practices", plan.practices());
        changes(root, "chapters.plan.initiatives", plan.initiatives());
        changes(root, "chapters.plan.terms", plan.terms());
        changes(root, "chapters.plan.adaptations", plan.adaptations());
        changes(root, "chapters.plan.context-pages", plan.contextPages());
        list(root, "chapters.plan.languages", plan.languagesAdded());
        list(root, "chapters.plan.kept", plan.keptLocalEdits());
        if (!plan.conflicts().isEmpty()) {
            Div conflicts = new Div(new Paragraph(getTranslation("chapters.plan.conflicts")));
            conflicts.addClassName("plan-conflicts");
            plan.conflicts().forEach(conflict -> conflicts.add(conflict(conflict)));
            root.add(conflicts);
        }
        if (!plan.warnings().isEmpty()) {
            Div warnings = new Div();
            warnings.addClassName("plan-warnings");
            list(warnings, "chapters.plan.unsourced", plan.warnings().stream().map(reason -> reasons.text(reason, getLocale())).toList());
            root.add(warnings);
        }
        if (!plan.decisions().isEmpty()) {
            Div decisions = new Div();
            decisions.addClassName("plan-decisions");
            list(decisions, "chapters.plan.decisions", plan.decisions().stream()
                    .map(PlanDecision::reason).map(reason -> reasons.text(reason, getLocale())).toList());
            root.add(decisions);
        }
    }

    /** The three versions of a field side by side, and the choice between the chapter's and the site's. */
    private Div conflict(TextConflict conflict) {
        Div box = new Div(new H3(getTranslation("chapters.plan.conflict", conflict.slug(), conflict.language(), conflict.field())));
        box.addClassName("conflict");
        Div versions = new Div(version("chapters.plan.conflict.previous", conflict.previous()),
                version("chapters.plan.conflict.incoming", conflict.incoming()), version("chapters.plan.conflict.local", conflict.local()));
        versions.addClassName("conflict-versions");
        RadioButtonGroup<TextConflict.Resolution> choice = new RadioButtonGroup<>();
        choice.setItems(TextConflict.Resolution.values());
        choice.setItemLabelGenerator(resolution -> getTranslation("chapters.plan.resolution." + resolution.name().toLowerCase(Locale.ROOT)));
        choice.addClassName("conflict-choice");
        choices.put(conflict.key(), choice);
        box.add(versions, choice);
        return box;
    }

    private Div version(String labelKey, String text) {
        com.vaadin.flow.component.html.Span label = new com.vaadin.flow.component.html.Span(getTranslation(labelKey));
        label.addClassName("conflict-label");
        Div version = new Div(label,
                new Paragraph(text == null ? getTranslation("chapters.plan.conflict.empty") : text));
        version.addClassName("conflict-version");
        return version;
    }

    /** The choices made so far; a conflict without a choice is absent. */
    java.util.Map<String, TextConflict.Resolution> resolutions() {
        java.util.Map<String, TextConflict.Resolution> resolutions = new java.util.LinkedHashMap<>();
        choices.forEach((key, group) -> {
            if (group.getValue() != null) {
                resolutions.put(key, group.getValue());
            }
        });
        return resolutions;
    }

    boolean allConflictsSettled() {
        return choices.values().stream().allMatch(group -> group.getValue() != null);
    }

    void onChoice(Runnable listener) {
        choices.values().forEach(group -> group.addValueChangeListener(change -> listener.run()));
    }

    private void changes(Div root, String key, Changes changes) {
        if (changes.isEmpty()) {
            return;
        }
        root.add(new Paragraph(getTranslation(key, changes.added().size(), changes.changed().size(), changes.removed().size())));
        UnorderedList items = new UnorderedList();
        changes.added().forEach(slug -> items.add(new ListItem("+ " + slug)));
        changes.changed().forEach(slug -> items.add(new ListItem("~ " + slug)));
        changes.removed().forEach(slug -> items.add(new ListItem("− " + slug)));
        items.addClassName("plan-items");
        root.add(items);
    }

    private void list(Div root, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        UnorderedList items = new UnorderedList();
        values.forEach(value -> items.add(new ListItem(value)));
        root.add(new Paragraph(getTranslation(key)), items);
    }
}
