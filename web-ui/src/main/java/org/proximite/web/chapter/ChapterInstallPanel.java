package org.proximite.web.chapter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Locale;
import org.proximite.core.actor.Actor;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.chapter.installing.PlanDecision.Kind;
import org.proximite.web.i18n.ReasonTexts;
import org.proximite.web.i18n.ComponentTexts;

/**
 * Upload a chapter jar, or pick a shipped example, read its plan, then apply it. Applying runs in
 * the background with a progress bar, and the page refreshes when it is done.
 */
class ChapterInstallPanel extends Div {

    static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

    private final ChapterAdministration administration;
    private final ReasonTexts reasons;
    private final Actor actor;
    private final Runnable onChange;
    private final Div result = new Div();
    private String lastFileName;
    private byte[] lastBytes;

    ChapterInstallPanel(ChapterAdministration administration, ReasonTexts reasons, Actor actor, List<String> examples, Runnable onChange) {
        this.administration = administration;
        this.reasons = reasons;
        this.actor = actor;
        this.onChange = onChange;
        addClassName("chapter-install");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> prepare(metadata.fileName(), bytes)))));
        ComponentTexts.translated(upload);
        upload.setAcceptedFileTypes(".jar");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("chapters.upload.drop")));
        upload.addFileRejectedListener(rejected -> showRefusal(List.of(getTranslation("chapters.upload.not-accepted"))));
        add(new H2(getTranslation("chapters.install")), new Paragraph(getTranslation("chapters.install.help")), upload);
        for (String example : examples) {
            Button plan = new Button(getTranslation("chapters.example", example), click -> prepare(example, exampleBytes(example)));
            plan.addClassName("example-button");
            add(plan);
        }
        result.addClassName("install-result");
        add(result);
    }

    private void prepare(String fileName, byte[] bytes) {
        result.removeAll();
        lastFileName = fileName;
        lastBytes = bytes;
        if (bytes == null) {
            showRefusal(List.of(getTranslation("chapters.example.missing", fileName)));
            return;
        }
        try {
            showPlan(administration.prepare(fileName, bytes, actor));
        } catch (ChapterRefusedException e) {
            showRefusal(reasons.texts(e.reasons(), getLocale()));
        }
    }

    private void showPlan(InstallPlan plan) {
        result.removeAll();
        InstallPlanView planView = new InstallPlanView(plan, reasons);
        result.add(planView);
        // Conflicts are settled on the page, downgrades and takeovers confirmed; code nobody trusts, or a
        // changed jar under the installed version, block.
        boolean blocked = plan.needs(Kind.ALLOW_CODE) || plan.needs(Kind.NEW_VERSION_NEEDED);
        Checkbox confirmDowngrade = confirmation("chapters.plan.confirm-downgrade", "confirm-downgrade", plan.needs(Kind.CONFIRM_DOWNGRADE));
        Checkbox confirmPublisher = confirmation("chapters.plan.confirm-publisher", "confirm-publisher", plan.needs(Kind.CONFIRM_PUBLISHER_CHANGE));
        Button apply = new Button(getTranslation("chapters.plan.apply"));
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClassName("apply-button");
        Runnable enable = () -> apply.setEnabled(!blocked && planView.allConflictsSettled()
                && (!confirmDowngrade.isVisible() || confirmDowngrade.getValue())
                && (!confirmPublisher.isVisible() || confirmPublisher.getValue()));
        enable.run();
        confirmDowngrade.addValueChangeListener(change -> enable.run());
        confirmPublisher.addValueChangeListener(change -> enable.run());
        planView.onChoice(enable);
        Button cancel = new Button(getTranslation("editor.cancel"), click -> result.removeAll());
        if (plan.needs(Kind.ALLOW_CODE)) {
            Button allow = new Button(getTranslation("chapters.plan.allow-code", plan.sha256().substring(0, 12)), click -> {
                administration.allowCode(plan.chapterId(), plan.sha256(), actor);
                prepare(lastFileName, lastBytes);
            });
            allow.addThemeVariants(ButtonVariant.ERROR);
            allow.addClassName("allow-code-button");
            result.add(new Paragraph(getTranslation("chapters.plan.allow-code.help")), allow);
        }
        apply.addClickListener(click -> apply(plan,
                new Answers(confirmDowngrade.getValue(), confirmPublisher.getValue(), planView.resolutions()), apply));
        result.add(confirmDowngrade, confirmPublisher, new Div(apply, cancel));
    }

    private Checkbox confirmation(String labelKey, String className, boolean needed) {
        Checkbox confirm = new Checkbox(getTranslation(labelKey));
        confirm.addClassName(className);
        confirm.setVisible(needed);
        return confirm;
    }

    private void apply(InstallPlan plan, Answers answers, Button apply) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        Paragraph working = new Paragraph(getTranslation("chapters.plan.applying"));
        apply.setEnabled(false);
        result.add(working, progress);
        // Without server push, the page asks for news while the work runs.
        ui.setPollInterval(400);
        CompletableFuture.supplyAsync(() -> {
            try {
                return new Outcome(administration.apply(plan.id(), answers, actor).warnings(), List.of());
            } catch (ChapterRefusedException e) {
                return new Outcome(List.of(), e.reasons());
            }
        }).thenAccept(outcome -> ui.access(() -> {
            ui.setPollInterval(-1);
            if (!outcome.refusal().isEmpty()) {
                showRefusal(reasons.texts(outcome.refusal(), locale));
                return;
            }
            result.removeAll();
            String done = getTranslation("chapters.plan.applied", plan.chapterId(), plan.toVersion());
            if (outcome.warnings().isEmpty()) {
                Notification.show(done, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            } else {
                Notification.show(done + " " + reasons.joined(outcome.warnings(), locale), 10000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.WARNING);
            }
            onChange.run();
        }));
    }

    /** What applying answered: warnings of an applied plan, or the reasons it was refused. */
    private record Outcome(List<Reason> warnings, List<Reason> refusal) {}

    private void showRefusal(List<String> why) {
        result.removeAll();
        Div refusal = new Div(new Paragraph(getTranslation("chapters.refused")));
        refusal.addClassName("rejection");
        UnorderedList list = new UnorderedList();
        why.forEach(reason -> list.add(new ListItem(reason)));
        refusal.add(list);
        result.add(refusal);
        Notification.show(getTranslation("chapters.refused"), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    private static byte[] exampleBytes(String fileName) {
        try (InputStream in = ChapterInstallPanel.class.getResourceAsStream("/shipped-chapters/" + fileName)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
