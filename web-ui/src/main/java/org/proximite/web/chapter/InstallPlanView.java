package org.proximite.web.chapter;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.proximite.core.chapter.InstallPlan;
import org.proximite.core.chapter.InstallPlan.Changes;

/** An install plan as an admin reads it before deciding: what the chapter would add, change and remove. */
class InstallPlanView extends Composite<Div> {

    InstallPlanView(InstallPlan plan) {
        Div root = getContent();
        root.addClassName("install-plan");
        root.add(new H3(getTranslation("chapters.plan.title", plan.chapterId(), plan.toVersion())));
        root.add(new Paragraph(getTranslation("chapters.plan.action." + plan.action().name().toLowerCase(Locale.ROOT),
                String.valueOf(plan.fromVersion()), plan.toVersion())));
        root.add(new Paragraph(getTranslation(plan.contentOnly() ? "chapters.plan.content-only" : "chapters.plan.code")
                + " " + getTranslation("chapters.plan.signature." + plan.signature().name().toLowerCase(Locale.ROOT))));
        if (!plan.dependencies().isEmpty()) {
            root.add(new Paragraph(getTranslation("chapters.plan.dependencies", String.join(", ", plan.dependencies()))));
        }
        changes(root, "chapters.plan.practices", plan.practices());
        changes(root, "chapters.plan.initiatives", plan.initiatives());
        changes(root, "chapters.plan.terms", plan.terms());
        list(root, "chapters.plan.languages", plan.languagesAdded());
        list(root, "chapters.plan.kept", plan.keptLocalEdits());
        if (!plan.decisions().isEmpty()) {
            Div decisions = new Div();
            decisions.addClassName("plan-decisions");
            list(decisions, "chapters.plan.decisions", plan.decisions());
            root.add(decisions);
        }
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
