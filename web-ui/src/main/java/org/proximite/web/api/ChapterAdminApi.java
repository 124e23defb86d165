package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proximite.core.chapter.ChapterEvent;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterRejectedException;
import org.proximite.core.chapter.InstallPlan;
import org.proximite.core.chapter.TextConflict;
import org.proximite.web.chapter.ChapterAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The chapters' lifecycle for admins and for country teams' own deployment scripts: the same
 * operations as the Chapters page. HTTP Basic; writing requests must carry an
 * {@code X-Requested-With} header (any value), which browsers cannot add to a forged cross-site form.
 */
@Tag(name = "Chapters (admin)", description = "Install, upgrade, disable, enable and remove chapters")
@RestController
@RequestMapping("/api/v1/admin/chapters")
class ChapterAdminApi {

    private final ChapterAdministration administration;
    private final ChapterQueries chapters;
    private final ChapterEvents events;

    ChapterAdminApi(ChapterAdministration administration, ChapterQueries chapters, ChapterEvents events) {
        this.administration = administration;
        this.chapters = chapters;
        this.events = events;
    }

    /** The plan, and whether it was applied. */
    record PlanResponse(boolean applied, InstallPlan plan) {}

    record ChapterState(String id, String name, String version, String state, String stateReason, String signature, boolean hasCode,
            List<String> languages, int practices, int initiatives) {}

    @Operation(summary = "Upload a chapter jar: answers its install plan; with apply=true also applies it when no decision is needed")
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<PlanResponse> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean apply,
            @RequestParam(defaultValue = "false") boolean confirmDowngrade,
            Principal user) throws IOException, ChapterRejectedException {
        InstallPlan plan = administration.prepare(file.getOriginalFilename(), file.getBytes(), user.getName());
        if (!apply) {
            return ResponseEntity.ok(new PlanResponse(false, plan));
        }
        boolean downgradeOnly = plan.decisions().size() == 1 && plan.action() == InstallPlan.PlanAction.DOWNGRADE;
        if (plan.needsDecision() && !(downgradeOnly && confirmDowngrade)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new PlanResponse(false, plan));
        }
        return ResponseEntity.ok(new PlanResponse(true, administration.apply(plan.id(), confirmDowngrade, user.getName())));
    }

    /** How each conflict of a plan is settled, by key ({@code slug/language/field}). */
    record Choices(Map<String, TextConflict.Resolution> resolutions) {}

    @Operation(summary = "Apply a plan answered by an earlier upload; settle its conflicts with "
            + "{\"resolutions\": {\"slug/language/field\": \"TAKE_CHAPTER\" or \"KEEP_LOCAL\"}}")
    @PostMapping("/plans/{planId}/apply")
    PlanResponse apply(@PathVariable String planId, @RequestParam(defaultValue = "false") boolean confirmDowngrade,
            @RequestBody(required = false) Choices choices, Principal user) throws ChapterRejectedException {
        Map<String, TextConflict.Resolution> resolutions = choices == null || choices.resolutions() == null ? Map.of() : choices.resolutions();
        return new PlanResponse(true, administration.apply(planId, confirmDowngrade, resolutions, user.getName()));
    }

    @Operation(summary = "Allow the code of exactly this jar (its chapter id and SHA-256, the plan's id) to run")
    @PostMapping("/allowed-code")
    ResponseEntity<Void> allowCode(@RequestParam String chapterId, @RequestParam String sha256, Principal user) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return ResponseEntity.badRequest().build();
        }
        administration.allowCode(chapterId, sha256, user.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Installed chapters with their state and signature")
    @GetMapping
    List<ChapterState> list(@RequestParam(defaultValue = "en") String lang) {
        return chapters.list(lang).stream()
                .map(chapter -> new ChapterState(chapter.id(), chapter.name(), chapter.version(), chapter.state().name().toLowerCase(Locale.ROOT), chapter.stateReason(),
                        chapter.signature().name().toLowerCase(Locale.ROOT), chapter.hasCode(), chapter.languages(),
                        chapter.practiceCount(), chapter.initiativeCount()))
                .toList();
    }

    @Operation(summary = "Hide a chapter's content from readers")
    @PostMapping("/{id}/disable")
    ResponseEntity<Void> disable(@PathVariable String id, Principal user) throws ChapterRejectedException {
        administration.disable(id, user.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Show a disabled chapter's content again")
    @PostMapping("/{id}/enable")
    ResponseEntity<Void> enable(@PathVariable String id, Principal user) throws ChapterRejectedException {
        administration.enable(id, user.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Remove a chapter; refused while another chapter depends on it")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> uninstall(@PathVariable String id, @RequestParam(defaultValue = "true") boolean keepContent, Principal user)
            throws ChapterRejectedException {
        administration.uninstall(id, keepContent, user.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The history of chapter actions, newest first")
    @GetMapping("/history")
    List<ChapterEvent> history(@RequestParam(defaultValue = "100") int limit) {
        return events.recent(Math.clamp(limit, 1, 1000));
    }

    @ExceptionHandler(ChapterRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ChapterRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("The chapter operation was refused; nothing was changed");
        problem.setProperty("reasons", e.reasons());
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
