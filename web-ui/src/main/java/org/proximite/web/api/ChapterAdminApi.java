package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterEvent;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.chapter.TextConflict;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.AppliedPlan;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.web.chapter.ChapterAdministration;
import org.proximite.web.security.SignedInActor;
import org.proximite.web.i18n.ReasonTexts;
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
 * Every reason (refusal, decision, history line) answers as {@code {code, parameters, message}},
 * the message in the language {@code Accept-Language} asks for, English by default.
 */
@Tag(name = "Chapters (admin)", description = "Install, upgrade, disable, enable and remove chapters")
@RestController
@RequestMapping("/api/v1/admin/chapters")
class ChapterAdminApi {

    private final ChapterAdministration administration;
    private final ChapterQueries chapters;
    private final ChapterEvents events;
    private final ReasonTexts texts;
    private final AdminApiLanguage language;

    ChapterAdminApi(ChapterAdministration administration, ChapterQueries chapters, ChapterEvents events, ReasonTexts texts,
            AdminApiLanguage language) {
        this.administration = administration;
        this.chapters = chapters;
        this.events = events;
        this.texts = texts;
        this.language = language;
    }

    /** The plan, whether it was applied, and what this instance could not do yet after applying it. */
    record PlanResponse(boolean applied, PlanJson plan, List<ReasonJson> warnings) {}

    record ChapterState(String id, String name, String version, String state, String stateReason, List<ReasonJson> stateReasons,
            String signature, boolean hasCode, List<String> languages, int practices, int initiatives) {}

    record HistoryLine(long id, String chapterId, String source, ChapterAction action, boolean succeeded, String fromVersion,
            String toVersion, String message, List<ReasonJson> reasons, String actor, OffsetDateTime occurredAt) {}

    @Operation(summary = "Upload a chapter jar: answers its install plan; with apply=true also applies it when no decision is left open")
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<PlanResponse> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean apply,
            @RequestParam(defaultValue = "false") boolean confirmDowngrade,
            @RequestParam(defaultValue = "false") boolean confirmPublisherChange,
            Principal user, HttpServletRequest request) throws IOException, ChapterRefusedException {
        Locale locale = language.of(request);
        InstallPlan plan = administration.prepare(file.getOriginalFilename(), file.getBytes(), SignedInActor.of(user));
        if (!apply) {
            return ResponseEntity.ok(new PlanResponse(false, PlanJson.of(plan, texts, locale), List.of()));
        }
        Answers answers = new Answers(confirmDowngrade, confirmPublisherChange, Map.of());
        if (!plan.openWith(answers).isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new PlanResponse(false, PlanJson.of(plan, texts, locale), List.of()));
        }
        return ResponseEntity.ok(applied(administration.apply(plan.id(), answers, SignedInActor.of(user)), locale));
    }

    /** How each conflict of a plan is settled, by key ({@code slug/language/field}). */
    record Choices(Map<String, TextConflict.Resolution> resolutions) {}

    @Operation(summary = "Apply a plan answered by an earlier upload, on any instance until it expires; settle its conflicts with "
            + "{\"resolutions\": {\"slug/language/field\": \"TAKE_CHAPTER\" or \"KEEP_LOCAL\"}}")
    @PostMapping("/plans/{planId}/apply")
    PlanResponse apply(@PathVariable String planId, @RequestParam(defaultValue = "false") boolean confirmDowngrade,
            @RequestParam(defaultValue = "false") boolean confirmPublisherChange,
            @RequestBody(required = false) Choices choices, Principal user, HttpServletRequest request) throws ChapterRefusedException {
        Map<String, TextConflict.Resolution> resolutions = choices == null || choices.resolutions() == null ? Map.of() : choices.resolutions();
        AppliedPlan applied = administration.apply(planId, new Answers(confirmDowngrade, confirmPublisherChange, resolutions), SignedInActor.of(user));
        return applied(applied, language.of(request));
    }

    @Operation(summary = "Allow the code of exactly this jar (its chapter id and SHA-256, the plan's sha256) to run")
    @PostMapping("/allowed-code")
    ResponseEntity<Void> allowCode(@RequestParam String chapterId, @RequestParam String sha256, Principal user) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return ResponseEntity.badRequest().build();
        }
        administration.allowCode(chapterId, sha256, SignedInActor.of(user));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Installed chapters with their state and signature")
    @GetMapping
    List<ChapterState> list(@RequestParam(defaultValue = "en") String lang, HttpServletRequest request) {
        Locale locale = language.of(request);
        return chapters.list(lang).stream().map(chapter -> state(chapter, locale)).toList();
    }

    @Operation(summary = "Hide a chapter's content from readers and stop its code, on every instance")
    @PostMapping("/{id}/disable")
    ResponseEntity<Void> disable(@PathVariable String id, Principal user) throws ChapterRefusedException {
        administration.disable(id, SignedInActor.of(user));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Show a disabled chapter's content again and start its code, on every instance")
    @PostMapping("/{id}/enable")
    ResponseEntity<Void> enable(@PathVariable String id, Principal user) throws ChapterRefusedException {
        administration.enable(id, SignedInActor.of(user));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Remove a chapter from every instance; refused while another chapter depends on it")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> uninstall(@PathVariable String id, @RequestParam(defaultValue = "true") boolean keepContent, Principal user)
            throws ChapterRefusedException {
        administration.uninstall(id, keepContent, SignedInActor.of(user));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The history of chapter actions, newest first")
    @GetMapping("/history")
    List<HistoryLine> history(@RequestParam(defaultValue = "100") int limit, HttpServletRequest request) {
        Locale locale = language.of(request);
        return events.recent(Math.clamp(limit, 1, 1000)).stream().map(event -> line(event, locale)).toList();
    }

    @ExceptionHandler(ChapterRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ChapterRefusedException e, HttpServletRequest request) {
        Locale locale = language.of(request);
        List<ReasonJson> reasons = ReasonJson.of(e.reasons(), texts, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                String.join(" ", reasons.stream().map(ReasonJson::message).toList()));
        problem.setTitle("The chapter operation was refused; nothing was changed");
        problem.setProperty("code", e.code());
        problem.setProperty("reasons", reasons);
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    /** The core refused who acts (an account without the admin role): 403, with the code. */
    @ExceptionHandler(org.proximite.core.actor.NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(org.proximite.core.actor.NotAllowedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Only an admin may change chapters.");
        problem.setProperty("code", e.code());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    private PlanResponse applied(AppliedPlan applied, Locale locale) {
        return new PlanResponse(true, PlanJson.of(applied.plan(), texts, locale), ReasonJson.of(applied.warnings(), texts, locale));
    }

    private ChapterState state(ChapterSummary chapter, Locale locale) {
        String reason = chapter.stateReasons().isEmpty() ? chapter.stateReason() : texts.joined(chapter.stateReasons(), locale);
        return new ChapterState(chapter.id(), chapter.name(), chapter.version(), chapter.state().name().toLowerCase(Locale.ROOT), reason,
                ReasonJson.of(chapter.stateReasons(), texts, locale), chapter.signature().name().toLowerCase(Locale.ROOT), chapter.hasCode(),
                chapter.languages(), chapter.practiceCount(), chapter.initiativeCount());
    }

    private HistoryLine line(ChapterEvent event, Locale locale) {
        String message = event.reasons().isEmpty() ? event.message() : texts.joined(event.reasons(), locale);
        return new HistoryLine(event.id(), event.chapterId(), event.source(), event.action(), event.succeeded(), event.fromVersion(),
                event.toVersion(), message, ReasonJson.of(event.reasons(), texts, locale), event.actor(), event.occurredAt());
    }
}
