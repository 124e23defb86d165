package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.edition.Edition;
import org.proximite.core.edition.EditionDownload;
import org.proximite.core.edition.EditionFormat;
import org.proximite.core.edition.EditionRefusedException;
import org.proximite.core.edition.EditionScope;
import org.proximite.core.edition.Editions;
import org.proximite.web.edition.EditionTexts;
import org.proximite.web.security.SignedInActor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Editions: coordinators make them; everyone lists them and downloads their PDF and offline copy per language. */
@Tag(name = "Editions", description = "Numbered snapshots of the guide or of a chapter, as a PDF and an offline copy per language")
@RestController
@RequestMapping("/api/v1/editions")
class EditionApi {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final Editions editions;
    private final EditionTexts texts;
    private final AdminApiLanguage language;

    EditionApi(Editions editions, EditionTexts texts, AdminApiLanguage language) {
        this.editions = editions;
        this.texts = texts;
        this.language = language;
    }

    /**
     * What to publish.
     *
     * @param scope {@code guide} for the whole guide, or a chapter's id
     * @param languages the languages to make it in; none for every language of the scope
     */
    record EditionRequest(String scope, List<String> languages) {}

    record FileJson(String language, String format, String url, long size, String sha256) {}

    record EditionReasonJson(String code, List<String> parameters, String message) {}

    record EditionJson(String key, int number, String scope, String state, int stepsDone, int stepsTotal, EditionReasonJson reason,
            List<String> languages, OffsetDateTime createdAt, String createdBy, OffsetDateTime finishedAt, String progressUrl,
            List<FileJson> files) {}

    @Operation(summary = "Make an edition (coordinators and admins)", description = "Answers 202 at once with the edition, building; "
            + "follow its progress at progressUrl (also the Location header). 422 with a code for an unknown chapter or language.")
    @PostMapping
    ResponseEntity<EditionJson> create(@RequestBody(required = false) EditionRequest body, Principal user, HttpServletRequest request) {
        String scope = body == null || body.scope() == null || body.scope().isBlank() ? "guide" : body.scope().strip();
        Edition edition = editions.create("guide".equals(scope) ? EditionScope.wholeGuide() : EditionScope.chapter(scope),
                body == null ? List.of() : body.languages(), SignedInActor.of(user));
        EditionJson json = json(edition, language.of(request));
        return ResponseEntity.accepted().location(URI.create(json.progressUrl())).body(json);
    }

    @Operation(summary = "Every edition, newest first, with its files' addresses and sizes per language")
    @GetMapping
    List<EditionJson> list(HttpServletRequest request) {
        Locale locale = language.of(request);
        return editions.list().stream().map(edition -> json(edition, locale)).toList();
    }

    @Operation(summary = "One edition: its state, its progress while it is made, its files when ready")
    @GetMapping("/{key}")
    ResponseEntity<?> one(@PathVariable String key, HttpServletRequest request) {
        Locale locale = language.of(request);
        return editions.find(key).<ResponseEntity<?>>map(edition -> ResponseEntity.ok(json(edition, locale)))
                .orElseGet(() -> notFound("edition.not-found", locale, key));
    }

    @Operation(summary = "An edition's PDF in one language")
    @GetMapping("/{key}/{lang}.pdf")
    ResponseEntity<?> pdf(@PathVariable String key, @PathVariable String lang, HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return file(key, lang, EditionFormat.PDF, request, ifNoneMatch);
    }

    @Operation(summary = "An edition's offline copy in one language: a zip of pages; open index.html")
    @GetMapping("/{key}/{lang}.zip")
    ResponseEntity<?> zip(@PathVariable String key, @PathVariable String lang, HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return file(key, lang, EditionFormat.OFFLINE, request, ifNoneMatch);
    }

    private ResponseEntity<?> file(String key, String lang, EditionFormat format, HttpServletRequest request, String ifNoneMatch) {
        Locale locale = language.of(request);
        if (editions.find(key).isEmpty()) {
            return notFound("edition.not-found", locale, key);
        }
        return editions.download(key, lang, format).<ResponseEntity<?>>map(download -> send(download, ifNoneMatch))
                .orElseGet(() -> notFound("edition.file-not-found", locale, key, lang, format.extension().toUpperCase(Locale.ROOT)));
    }

    private static ResponseEntity<?> send(EditionDownload download, String ifNoneMatch) {
        String etag = "\"" + download.file().sha256() + "\"";
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOREVER).build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(FOREVER)
                .contentType(MediaType.parseMediaType(download.file().format().mediaType()))
                .contentLength(download.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .body(download.content());
    }

    private ResponseEntity<ProblemDetail> notFound(String code, Locale locale, String... parameters) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, texts.get(code, locale, (Object[]) parameters));
        problem.setProperty("code", code);
        problem.setProperty("parameters", List.of(parameters));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(EditionRefusedException.class)
    ResponseEntity<ProblemDetail> refused(EditionRefusedException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, texts.reason(e.reason(), language.of(request)));
        problem.setTitle("The edition was not made; nothing was changed");
        problem.setProperty("code", e.reason().code());
        problem.setProperty("parameters", e.reason().parameters());
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, texts.get("edition.denied", language.of(request)));
        problem.setProperty("code", e.code());
        problem.setProperty("parameters", e.arguments());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badScope(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    private EditionJson json(Edition edition, Locale locale) {
        String base = "/api/v1/editions/" + edition.key();
        return new EditionJson(edition.key(), edition.number(), edition.scope().isWholeGuide() ? "guide" : edition.scope().chapterId(),
                edition.state().name().toLowerCase(Locale.ROOT), edition.stepsDone(), edition.stepsTotal(),
                edition.reason() == null ? null : new EditionReasonJson(edition.reason().code(), edition.reason().parameters(), texts.reason(edition.reason(), locale)),
                edition.languages(), edition.createdAt(), edition.createdBy(), edition.finishedAt(), base,
                edition.files().stream().map(file -> new FileJson(file.language(), file.format().extension(),
                        base + "/" + file.language() + "." + file.format().extension(), file.size(), file.sha256())).toList());
    }
}
