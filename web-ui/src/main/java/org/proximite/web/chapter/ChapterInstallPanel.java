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
import org.proximite.core.chapter.ChapterRejectedException;
import org.proximite.core.chapter.InstallPlan;

/**
 * Upload a chapter jar, or pick a shipped example, read its plan, then apply it. Applying runs in
 * the background with a progress bar, and the page refreshes when it is done.
 */
class ChapterInstallPanel extends Div {

    static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

    private final ChapterAdministration administration;
    private final String actor;
    private final Runnable onChange;
    private final Div result = new Div();
    private String lastFileName;
    private byte[] lastBytes;

    ChapterInstallPanel(ChapterAdministration administration, String actor, List<String> examples, Runnable onChange) {
        this.administration = administration;
        this.actor = actor;
        this.onChange = onChange;
        addClassName("chapter-install");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> prepare(metadata.fileName(), bytes)))));
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
        } catch (ChapterRejectedException e) {
            showRefusal(e.reasons());
        }
    }

    private void showPlan(InstallPlan plan) {
        result.removeAll();
        InstallPlanView planView = new InstallPlanView(plan);
        result.add(planView);
        // Conflicts are settled on the page; any other decision (code nobody trusts) blocks.
        List<String> blocking = plan.decisions().stream()
                .filter(decision -> !decision.contains("edited on the site"))
                .toList();
        boolean downgradeOnly = blocking.size() == 1 && plan.action() == InstallPlan.PlanAction.DOWNGRADE;
        Checkbox confirmDowngrade = new Checkbox(getTranslation("chapters.plan.confirm-downgrade"));
        confirmDowngrade.setVisible(downgradeOnly);
        Button apply = new Button(getTranslation("chapters.plan.apply"));
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClassName("apply-button");
        Runnable enable = () -> apply.setEnabled(planView.allConflictsSettled()
                && (blocking.isEmpty() || downgradeOnly && confirmDowngrade.getValue()));
        enable.run();
        confirmDowngrade.addValueChangeListener(change -> enable.run());
        planView.onChoice(enable);
        Button cancel = new Button(getTranslation("editor.cancel"), click -> result.removeAll());
        if (!plan.contentOnly() && blocking.stream().anyMatch(decision -> decision.contains("carries code"))) {
            Button allow = new Button(getTranslation("chapters.plan.allow-code", plan.id().substring(0, 12)), click -> {
                administration.allowCode(plan.chapterId(), plan.id(), actor);
                prepare(lastFileName, lastBytes);
            });
            allow.addThemeVariants(ButtonVariant.ERROR);
            allow.addClassName("allow-code-button");
            result.add(new Paragraph(getTranslation("chapters.plan.allow-code.help")), allow);
        }
        apply.addClickListener(click -> apply(plan, confirmDowngrade.getValue(), planView.resolutions(), apply));
        result.add(confirmDowngrade, new Div(apply, cancel));
    }

    private void apply(InstallPlan plan, boolean confirmDowngrade, java.util.Map<String, org.proximite.core.chapter.TextConflict.Resolution> resolutions,
            Button apply) {
        UI ui = UI.getCurrent();
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        Paragraph working = new Paragraph(getTranslation("chapters.plan.applying"));
        apply.setEnabled(false);
        result.add(working, progress);
        // Without server push, the page asks for news while the work runs.
        ui.setPollInterval(400);
        CompletableFuture.supplyAsync(() -> {
            try {
                administration.apply(plan.id(), confirmDowngrade, resolutions, actor);
                return List.<String>of();
            } catch (ChapterRejectedException e) {
                return e.reasons();
            }
        }).thenAccept(reasons -> ui.access(() -> {
            ui.setPollInterval(-1);
            if (reasons.isEmpty()) {
                result.removeAll();
                Notification.show(getTranslation("chapters.plan.applied", plan.chapterId(), plan.toVersion()), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                onChange.run();
            } else {
                showRefusal(reasons);
            }
        }));
    }

    private void showRefusal(List<String> reasons) {
        result.removeAll();
        Div refusal = new Div(new Paragraph(getTranslation("chapters.refused")));
        refusal.addClassName("rejection");
        UnorderedList list = new UnorderedList();
        reasons.forEach(reason -> list.add(new ListItem(reason)));
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
