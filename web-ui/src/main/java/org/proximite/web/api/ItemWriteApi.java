package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.editing.ConflictException;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.EditConflict;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.exchange.ItemCopy;
import org.proximite.core.exchange.ItemExchange;
import org.proximite.core.workflow.Revisions;
import org.proximite.core.workflow.Transition;
import org.proximite.core.workflow.WorkflowRefusedException;
import org.proximite.web.security.SignedInActor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Editing one kind of item through the API, for coordinators' and translation tools: the same
 * endpoints and answers for practices and initiatives, each kind's controller naming its path.
 * Who may do what is checked by the core, as for the editor. Answers that carry drafts are never
 * cached ({@code Cache-Control: private, no-store}, and kept out of {@link PublishedReadCache}).
 *
 * <p>Refusals answer a problem with {@code code}, {@code parameters} and {@code message}: 403 (the
 * actor may not), 404, 409 (someone else changed the same fields: {@code conflicts} with both
 * texts and {@code current}, the item as it is now), 422 (wrong fields: {@code problems}).
 *
 * @param <D> the kind's draft
 * @param <O> the kind's own fields
 */
abstract class ItemWriteApi<D, O> {

    private final ItemExchange<D, O> exchange;
    private final ItemJsonMapping<O> mapping;
    private final ApiMessages messages;
    private final String basePath;
    private final String word;

    ItemWriteApi(ItemExchange<D, O> exchange, ItemJsonMapping<O> mapping, ApiMessages messages, String basePath, String word) {
        this.exchange = exchange;
        this.mapping = mapping;
        this.messages = messages;
        this.basePath = basePath;
        this.word = word;
    }

    /** The published item in the default language, for a reader who asks without {@code lang}. */
    abstract Object published(String slug);

    /** A move of one language's text, from the version the tool read. */
    record TransitionJson(Transition transition, Integer version, String comment) {}

    /**
     * One kept version of a text and the fields it changed from the one before; {@code note} says how
     * it was made when it says (an import from the web), null otherwise.
     */
    record RevisionJson(int version, String state, OffsetDateTime savedAt, String savedBy, List<String> changedFields, NoteJson note) {}

    /** What a revision says of how it was made: its code, parameters and message in the request's language. */
    record NoteJson(String code, List<String> parameters, String message) {}

    /** A field both changed: the text stored now (theirs) and the one sent (yours); {@code language} is null for the item's own fields. */
    record ConflictJson(String language, String field, String yours, String theirs, int currentVersion) {}

    /** A field that cannot be saved as sent. */
    record FieldProblemJson(String field, String code, List<String> parameters, String message) {}

    @Operation(summary = "The whole item for editing: every language with its fields, state, version, published version and "
            + "outdated fields, and the item's own fields and version (signed-in people with a content role; without credentials, "
            + "the published text in the default language, as with lang)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json"))
    @GetMapping(value = "/{slug}", params = "!lang")
    ResponseEntity<Object> copy(@PathVariable String slug, Principal user, HttpServletRequest request) {
        if (user == null) {
            return ResponseEntity.ok(published(slug));
        }
        PublishedReadCache.keepOut(request);
        return privately(ResponseEntity.ok()).body(mapping.toJson(exchange.copy(slug, SignedInActor.of(user))));
    }

    @Operation(summary = "Send the item back edited: only what differs from the versions it carries is written, merged with what "
            + "others saved since (409 with both texts when the same field was changed by both; 422 with the wrong fields)")
    @PutMapping("/{slug}")
    ResponseEntity<ItemJson> save(@PathVariable String slug, @RequestBody ItemJson body, Principal user, HttpServletRequest request) {
        PublishedReadCache.keepOut(request);
        ItemCopy<O> saved = exchange.save(slug, mapping.fromJson(body), SignedInActor.of(user));
        return privately(ResponseEntity.ok()).body(mapping.toJson(saved));
    }

    @Operation(summary = "Create an item: 201 with its address in Location")
    @ApiResponse(responseCode = "201")
    @PostMapping
    ResponseEntity<ItemJson> create(@RequestBody ItemJson body, Principal user, HttpServletRequest request) {
        PublishedReadCache.keepOut(request);
        ItemCopy<O> created = exchange.create(mapping.fromJson(body), SignedInActor.of(user));
        return privately(ResponseEntity.created(URI.create(basePath + "/" + created.item().slug()))).body(mapping.toJson(created));
    }

    @Operation(summary = "Move one language's text through the workflow: {\"transition\": \"SUBMIT\", \"version\": 3, \"comment\": \"…\"} "
            + "(SUBMIT, RETURN with a comment, PUBLISH, ARCHIVE, REOPEN)")
    @PostMapping("/{slug}/texts/{lang}/transitions")
    ResponseEntity<ItemJson.TextJson> move(@PathVariable String slug, @Parameter(description = "the text's language") @PathVariable String lang,
            @RequestBody TransitionJson body, Principal user, HttpServletRequest request) {
        PublishedReadCache.keepOut(request);
        if (body.transition() == null || body.version() == null) {
            throw new InvalidEditException(List.of(new FieldProblem(body.transition() == null ? "transition" : "version", "validation.required")));
        }
        var moved = exchange.move(slug, lang, body.version(), body.transition(), body.comment(), SignedInActor.of(user));
        return privately(ResponseEntity.ok()).body(ItemJsonMapping.text(moved));
    }

    @Operation(summary = "The versions of one language's text, newest first, with the fields each changed and, when it says, how it was made "
            + "(note: code revision.note.imported for a draft imported from the web, with its parameters and message)")
    @GetMapping("/{slug}/texts/{lang}/revisions")
    ResponseEntity<List<RevisionJson>> revisions(@PathVariable String slug, @PathVariable String lang, Principal user, HttpServletRequest request) {
        PublishedReadCache.keepOut(request);
        List<Revisions.Revision> list = exchange.revisions(slug, lang, SignedInActor.of(user));
        Locale locale = messages.locale(request);
        return privately(ResponseEntity.ok()).body(list.stream()
                .map(r -> new RevisionJson(r.version(), r.state().name(), r.savedAt(), r.savedBy(), r.changedFields(), r.note() == null ? null
                        : new NoteJson(r.note().code(), r.note().parameters(), messages.text(r.note().code(), locale, List.of(r.note().arguments())))))
                .toList());
    }

    @ExceptionHandler(StaleEditException.class)
    ResponseEntity<ProblemDetail> conflict(StaleEditException e, Principal user, HttpServletRequest request) {
        Locale locale = messages.locale(request);
        boolean fields = e instanceof ConflictException;
        List<EditConflict> conflicts = fields ? ((ConflictException) e).conflicts() : List.of();
        String named = String.join(", ", conflicts.stream().map(c -> c.language() == null
                ? messages.text("edit.conflict.itemField", locale, List.of(c.field()))
                : messages.text("edit.conflict.field", locale, List.of(c.field(), c.language()))).toList());
        ReasonJson reason = fields ? messages.reason("edit.conflict", "edit.conflict", List.of(named), locale)
                : messages.reason("edit.stale", "edit.stale", List.of(), locale);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, reason);
        problem.setProperty("conflicts", conflicts.stream()
                .map(c -> new ConflictJson(c.language(), c.field(), c.yours(), c.theirs(), c.currentVersion()))
                .toList());
        String slug = pathSlug(request);
        if (slug != null && user != null) {
            try {
                problem.setProperty("current", mapping.toJson(exchange.copy(slug, SignedInActor.of(user))));
            } catch (ContentNotFoundException | NotAllowedException gone) {
                // Renamed or removed meanwhile: the conflicts still say what happened.
            }
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).cacheControl(CacheControl.noStore().cachePrivate()).body(problem);
    }

    @ExceptionHandler(InvalidEditException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidEditException e, HttpServletRequest request) {
        Locale locale = messages.locale(request);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, messages.reason("edit.invalid", "edit.invalid", List.of(), locale));
        problem.setProperty("problems", e.problems().stream()
                .map(p -> new FieldProblemJson(p.field(), p.messageKey(), p.arguments().stream().map(String::valueOf).toList(),
                        messages.text(p.messageKey(), locale, p.arguments())))
                .toList());
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN,
                messages.reason(e.code(), "editor." + e.code(), e.arguments(), messages.locale(request))));
    }

    @ExceptionHandler(WorkflowRefusedException.class)
    ResponseEntity<ProblemDetail> refused(WorkflowRefusedException e, HttpServletRequest request) {
        return ResponseEntity.unprocessableEntity().body(problem(HttpStatus.UNPROCESSABLE_ENTITY,
                messages.reason(e.code(), e.code(), e.arguments(), messages.locale(request))));
    }

    @ExceptionHandler(ContentNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ContentNotFoundException e, HttpServletRequest request) {
        String slug = pathSlug(request);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND,
                messages.reason("edit.notFound", "edit.notFound", List.of(word, slug == null ? "-" : slug), messages.locale(request))));
    }

    private static ProblemDetail problem(HttpStatus status, ReasonJson reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason.message());
        problem.setProperty("code", reason.code());
        problem.setProperty("parameters", reason.parameters());
        problem.setProperty("message", reason.message());
        return problem;
    }

    private static ResponseEntity.BodyBuilder privately(ResponseEntity.BodyBuilder builder) {
        return builder.cacheControl(CacheControl.noStore().cachePrivate());
    }

    @SuppressWarnings("unchecked")
    private static String pathSlug(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (String) ((Map<String, String>) map).get("slug") : null;
    }
}
