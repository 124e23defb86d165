package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.textimport.DecisionRefusedException;
import org.proximite.core.textimport.ImportPreview;
import org.proximite.core.textimport.ImportedItem;
import org.proximite.core.textimport.ImportedParagraph;
import org.proximite.core.textimport.ParagraphDecisions;
import org.proximite.core.textimport.TextImport;
import org.proximite.core.textimport.reading.ImportFormat;
import org.proximite.core.textimport.reading.ImportRefusedException;
import org.proximite.core.textimport.reading.IncomingText;
import org.proximite.web.i18n.ProximiteI18nProvider;
import org.proximite.web.security.SignedInActor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Import from the web for coordinators' scripts: the body is the text, {@code text/plain} (or
 * Markdown) or {@code text/html}, at most 2 MB; or, to save a draft with the editor's decisions on
 * its paragraphs (accept, refuse, edit), JSON with the text and the decisions ({@link DecidedImportJson};
 * a wrong decision answers 400). HTTP Basic or a signed-in session; an editor's role; writing
 * requests carry {@code X-Requested-With}. A refusal answers {@code code},
 * {@code parameters} and {@code message} (in the language {@code Accept-Language} asks for);
 * nothing is saved then.
 */
@Tag(name = "Import (editors)", description = "Repair and split a web page into paragraphs by language, then save it as a draft")
@RestController
@RequestMapping("/api/v1/import")
class ImportApi {

    private final TextImport textImport;
    private final ProximiteI18nProvider messages;
    private final AdminApiLanguage language;

    ImportApi(TextImport textImport, ProximiteI18nProvider messages, AdminApiLanguage language) {
        this.textImport = textImport;
        this.messages = messages;
        this.language = language;
    }

    /** One repair: where in the given paragraph, what stood there and what it became; {@code guessed} when bytes were lost. */
    record Change(int position, String from, String to, boolean guessed) {}

    /** One paragraph, repaired, in Markdown; {@code lang} null when too short or mixed to tell. */
    record Paragraph(String text, String lang, List<Change> changes, boolean suspect) {}

    record Totals(int paragraphs, int repairs, long guessed, long suspect, Map<String, Integer> languages) {}

    record Preview(List<Paragraph> paragraphs, Totals totals) {}

    /** Where a draft goes, from the query: its kind, its address, and the language of paragraphs whose language cannot be told. */
    record DraftTarget(
            @Parameter(description = "practice or initiative", required = true) String kind,
            @Parameter(description = "the new item's address; made from its title when absent") String slug,
            @Parameter(description = "the language of the paragraphs when none can be told; fr when absent") String lang) {

        String language() {
            return lang == null || lang.isBlank() ? "fr" : lang.strip();
        }
    }

    /** The draft created: its kind, address, languages (the default one first) and where to edit it. */
    record Draft(String kind, String slug, String defaultLanguage, List<String> languages, String editor) {}

    private static final String BODY = "The text: text/plain (or text/markdown) or text/html, UTF-8 (or UTF-16 with a byte order mark), at most 2 MB";

    @Operation(summary = "Repair a text and split it into paragraphs, each with its language; nothing is saved",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = BODY, required = true, content = {
                @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
                @Content(mediaType = "text/html", schema = @Schema(type = "string"))}),
            responses = {
                @ApiResponse(responseCode = "200", description = "The paragraphs, repaired"),
                @ApiResponse(responseCode = "401", description = "Not signed in"),
                @ApiResponse(responseCode = "403", description = "Not an editor, or no X-Requested-With header"),
                @ApiResponse(responseCode = "413", description = "Over 2 MB: code import.refused.tooLarge"),
                @ApiResponse(responseCode = "422", description = "Empty, binary, undecodable or of another format: code import.refused.*")})
    @PostMapping("/preview")
    Preview preview(HttpServletRequest request, Principal user) throws IOException {
        ImportFormat format = ImportFormat.of(request.getContentType());
        return json(textImport.preview(SignedInActor.of(user), body(request), format));
    }

    @Operation(summary = "Repair a text and save it as a new draft practice or initiative, one text per language (the default one is "
            + "that of the first paragraph kept; paragraphs without a language go with the one before them); answers 201 with the editor's "
            + "address. Sent as JSON, the text comes with the editor's decisions on its paragraphs, as the import view takes them: each "
            + "paragraph (numbered from 1 as the preview gives them) accepted as repaired, refused (left out of the draft), or replaced by "
            + "a text written by hand (Markdown; HTML in it is read as an HTML import reads it, so no script or markup passes; at most "
            + "100,000 characters); a paragraph without a decision is accepted. The history of each text says what was imported and decided",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = BODY
                    + "; or JSON with the text, its format and the decisions", required = true, content = {
                @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
                @Content(mediaType = "text/html", schema = @Schema(type = "string")),
                @Content(mediaType = "application/json", schema = @Schema(implementation = DecidedImportJson.class,
                        example = "{\"text\": \"Ces trois journĂ©es…\\n\\nThe fair…\", \"format\": \"text\", \"decisions\": "
                                + "[{\"paragraph\": 1, \"decision\": \"refuse\"}, {\"paragraph\": 2, \"decision\": \"edit\", "
                                + "\"text\": \"The fair, rewritten\"}, {\"paragraph\": 3, \"decision\": \"accept\", \"lang\": \"en\"}]}"))}),
            responses = {
                @ApiResponse(responseCode = "201", description = "The draft created"),
                @ApiResponse(responseCode = "400", description = "A decision that cannot be applied: code import.decision.noSuchParagraph "
                        + "(paragraph, paragraphs), .twice (paragraph), .emptyEdit (paragraph), .tooLong (paragraph, length, maximum), "
                        + ".textWithoutEdit (paragraph), .unknown (paragraph, decision) or .malformed (why); nothing saved"),
                @ApiResponse(responseCode = "401", description = "Not signed in"),
                @ApiResponse(responseCode = "403", description = "Not an editor, or no X-Requested-With header"),
                @ApiResponse(responseCode = "413", description = "Over 2 MB: code import.refused.tooLarge"),
                @ApiResponse(responseCode = "422", description = "Refused (code import.refused.*, such as .allRefused when every paragraph "
                        + "is refused), or a text breaks the kind's rules (code import.invalid, with problems); nothing saved")})
    @PostMapping("/draft")
    ResponseEntity<Draft> draft(@ParameterObject DraftTarget target, HttpServletRequest request, Principal user) throws IOException {
        ItemKind itemKind = kind(target.kind());
        var actor = SignedInActor.of(user);
        List<ImportedParagraph> paragraphs;
        if (isJson(request)) {
            // The text and every text written by hand, each within its own limit, and the JSON around them.
            DecidedImportJson body = DecidedImportJson.read(body(request, 2L * IncomingText.MAX_BYTES));
            paragraphs = ParagraphDecisions.apply(textImport.preview(actor, body.textOrEmpty(), body.importFormat()), body.paragraphDecisions());
        } else {
            paragraphs = textImport.preview(actor, body(request), ImportFormat.of(request.getContentType())).paragraphs();
        }
        return created(itemKind, textImport.createDraft(actor, itemKind, target.slug(), paragraphs, target.language()));
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.strip().toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_JSON_VALUE);
    }

    private static ResponseEntity<Draft> created(ItemKind itemKind, ImportedItem item) {
        String editor = "/edit/" + itemKind.folder() + "/" + item.slug();
        return ResponseEntity.created(URI.create(editor))
                .body(new Draft(itemKind.name().toLowerCase(Locale.ROOT), item.slug(), item.defaultLanguage(), item.languages(), editor));
    }

    private static ItemKind kind(String kind) {
        return switch (kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT)) {
            case "practice" -> ItemKind.PRACTICE;
            case "initiative" -> ItemKind.INITIATIVE;
            default -> throw new ImportRefusedException(ImportRefusedException.KIND, kind == null ? "-" : kind);
        };
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        return body(request, IncomingText.MAX_BYTES);
    }

    /** The body, read no further than the limit: a larger one is refused before it is all in memory. */
    private static byte[] body(HttpServletRequest request, long limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw IncomingText.tooLarge(declared);
        }
        byte[] bytes = request.getInputStream().readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            throw IncomingText.tooLarge(Math.max(declared, bytes.length));
        }
        return bytes;
    }

    private static Preview json(ImportPreview preview) {
        List<Paragraph> paragraphs = preview.paragraphs().stream().map(ImportApi::json).toList();
        return new Preview(paragraphs, new Totals(paragraphs.size(), preview.repairs(), preview.guessedRepairs(), preview.suspectParagraphs(),
                preview.paragraphsByLanguage()));
    }

    private static Paragraph json(ImportedParagraph paragraph) {
        return new Paragraph(paragraph.text(), paragraph.language(),
                paragraph.repairs().stream().map(repair -> new Change(repair.position(), repair.from(), repair.to(), repair.guessed())).toList(),
                paragraph.suspect());
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e, HttpServletRequest request) {
        HttpStatus status = e instanceof DecisionRefusedException ? HttpStatus.BAD_REQUEST
                : e.code().equals(ImportRefusedException.TOO_LARGE) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY;
        String message = messages.getTranslation(e.code(), language.of(request), e.arguments().toArray());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle("The import was refused; nothing was saved");
        problem.setProperty("code", e.code());
        problem.setProperty("parameters", e.arguments().stream().map(String::valueOf).toList());
        problem.setProperty("message", message);
        return ResponseEntity.status(status).body(problem);
    }

    /** A problem of a field of the draft, as the editor would see it. */
    record FieldProblemJson(String field, String code, List<String> parameters, String message) {}

    @ExceptionHandler(InvalidEditException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidEditException e, HttpServletRequest request) {
        Locale locale = language.of(request);
        List<FieldProblemJson> problems = e.problems().stream().map(problem -> new FieldProblemJson(problem.field(), problem.messageKey(),
                problem.arguments().stream().map(String::valueOf).toList(),
                messages.getTranslation(problem.messageKey(), locale, problem.arguments().toArray()))).toList();
        String message = messages.getTranslation("import.invalid", locale,
                String.join(" ", problems.stream().map(problem -> problem.field() + ": " + problem.message()).toList()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, message);
        problem.setTitle("The draft breaks the rules of its texts; nothing was saved");
        problem.setProperty("code", "import.invalid");
        problem.setProperty("problems", problems);
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
        String message = messages.getTranslation("editor." + e.code(), language.of(request), e.arguments().toArray());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message);
        problem.setProperty("code", e.code());
        problem.setProperty("parameters", e.arguments());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
