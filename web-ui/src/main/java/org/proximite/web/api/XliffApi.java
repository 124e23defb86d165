package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.xliff.ItemKey;
import org.proximite.core.xliff.XliffExport;
import org.proximite.core.xliff.XliffImport;
import org.proximite.core.xliff.XliffProblem;
import org.proximite.core.xliff.XliffReader;
import org.proximite.core.xliff.XliffRefusedException;
import org.proximite.core.xliff.XliffReport;
import org.proximite.web.security.SignedInActor;
import org.proximite.web.xliff.XliffWords;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Translation with translators' own tools: a selection exported as XLIFF 2.0 from one language to
 * another, and the translated file imported back, each changed text a draft of the target
 * language. HTTP Basic or a signed-in session, a content role; the import carries
 * {@code X-Requested-With}. Answers that name a problem carry {@code code}, {@code parameters}
 * and {@code message} (in the language {@code Accept-Language} asks for).
 */
@Tag(name = "XLIFF (translators)", description = "Export a selection for a translator's tool; import the translation back as drafts")
@RestController
@RequestMapping("/api/v1/xliff")
class XliffApi {

    static final MediaType XLIFF = MediaType.parseMediaType("application/xliff+xml");

    private final XliffExport export;
    private final XliffImport xliffImport;
    private final ApiMessages messages;

    XliffApi(XliffExport export, XliffImport xliffImport, ApiMessages messages) {
        this.export = export;
        this.xliffImport = xliffImport;
        this.messages = messages;
    }

    /** What an import did, or why it did nothing: {@code code} is {@code xliff.imported} or {@code xliff.invalid}. */
    record ReportJson(String code, String message, boolean written, String sourceLanguage, String targetLanguage, Map<String, Integer> totals,
            List<FileJson> items, List<ProblemJson> problems, List<ProblemJson> warnings) {}

    /** One item: its file's id, kind and address, and each field's outcome. */
    record FileJson(String file, String kind, String slug, List<UnitJson> fields) {}

    /** One field: {@code NEW}, {@code CHANGED}, {@code UNCHANGED}, {@code UNTRANSLATED} or {@code REFUSED} (with the code of its problem). */
    record UnitJson(String unit, String outcome, boolean sourceChanged, String problem) {}

    /** A problem or a warning, where it is (file and unit ids), with its code, parameters and message. */
    record ProblemJson(String code, String file, String unit, List<String> parameters, String message) {}

    @Operation(summary = "Export items as XLIFF 2.0 from one language to another: one <file> per item, one <unit> per field, the current "
            + "translation in <target>; a translation whose source changed since it was written is marked state=\"initial\" "
            + "subState=\"proximite:outdated\"",
            responses = {
                @ApiResponse(responseCode = "200", description = "The file, as an attachment", content = @Content(mediaType = "application/xliff+xml")),
                @ApiResponse(responseCode = "401", description = "Not signed in"),
                @ApiResponse(responseCode = "422", description = "Nothing chosen, an unknown item or language, an item without a source text, "
                        + "too many items: code xliff.export.* or xliff.refused.*")})
    @GetMapping
    ResponseEntity<byte[]> export(
            @Parameter(description = "items as kind:address, comma-separated: practice:local-security-plan,initiative:share-fair")
            @RequestParam(required = false) List<String> items,
            @Parameter(description = "practice or initiative, with slugs") @RequestParam(required = false) String kind,
            @Parameter(description = "addresses of items of that kind, comma-separated") @RequestParam(required = false) List<String> slugs,
            @Parameter(description = "the source language") @RequestParam String from,
            @Parameter(description = "the target language") @RequestParam String to, Principal user) {
        XliffExport.Exported exported = export.export(new XliffExport.Selection(chosen(items, kind, slugs), from, to), SignedInActor.of(user));
        return ResponseEntity.ok()
                .contentType(XLIFF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(exported.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(exported.bytes());
    }

    @Operation(summary = "Import a translated XLIFF 2.0 file: checked whole, then each changed translation saved as a draft of the target "
            + "language, or nothing saved; answers the report, per item and field",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The XLIFF 2.0 file as exported, translated; "
                    + "at most 5 MB", required = true, content = @Content(mediaType = "application/xliff+xml", schema = @Schema(type = "string"))),
            responses = {
                @ApiResponse(responseCode = "200", description = "Written (code xliff.imported): the report"),
                @ApiResponse(responseCode = "401", description = "Not signed in"),
                @ApiResponse(responseCode = "403", description = "No content role, or no X-Requested-With header"),
                @ApiResponse(responseCode = "413", description = "Over 5 MB: code xliff.refused.tooLarge"),
                @ApiResponse(responseCode = "422", description = "Nothing written: a file that cannot be read (code xliff.refused.*), or the "
                        + "report with its problems (code xliff.invalid)")})
    @PostMapping
    ResponseEntity<ReportJson> importFile(HttpServletRequest request, Principal user) throws IOException {
        XliffReport report = xliffImport.importFile(body(request), SignedInActor.of(user));
        return ResponseEntity.status(report.written() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(json(report, messages.locale(request)));
    }

    /** The items named by {@code items} and by {@code kind} with {@code slugs}. */
    private static List<ItemKey> chosen(List<String> items, String kind, List<String> slugs) {
        List<ItemKey> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : items == null ? List.<String>of() : items) {
            ItemKey.ofFileId(id.strip()).ifPresentOrElse(chosen::add, () -> unknown.add(id));
        }
        if (slugs != null && !slugs.isEmpty()) {
            ItemKind itemKind = switch (kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT)) {
                case "practice", "practices" -> ItemKind.PRACTICE;
                case "initiative", "initiatives" -> ItemKind.INITIATIVE;
                default -> throw new XliffRefusedException(XliffRefusedException.UNKNOWN_ITEMS, kind == null ? "-" : kind);
            };
            slugs.forEach(slug -> chosen.add(new ItemKey(itemKind, slug.strip())));
        }
        if (!unknown.isEmpty()) {
            throw new XliffRefusedException(XliffRefusedException.UNKNOWN_ITEMS, String.join(", ", unknown));
        }
        return chosen;
    }

    /** The body, read no further than the limit: a larger one is refused before it is all in memory. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > XliffReader.MAX_BYTES) {
            throw XliffRefusedException.tooLarge(declared);
        }
        byte[] bytes = request.getInputStream().readNBytes(XliffReader.MAX_BYTES + 1);
        if (bytes.length > XliffReader.MAX_BYTES) {
            throw XliffRefusedException.tooLarge(Math.max(declared, bytes.length));
        }
        return bytes;
    }

    private ReportJson json(XliffReport report, Locale locale) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        report.totals().forEach((outcome, count) -> totals.put(outcome.name().toLowerCase(Locale.ROOT), count));
        List<FileJson> files = report.items().stream().map(item -> new FileJson(item.file(),
                item.kind() == null ? null : item.kind().name().toLowerCase(Locale.ROOT), item.slug(),
                item.fields().stream().map(field -> new UnitJson(field.unit(), field.outcome().name(), field.sourceChanged(),
                        field.problem() == null ? null : field.problem().code())).toList())).toList();
        List<ProblemJson> warnings = new ArrayList<>();
        report.items().forEach(item -> item.fields().stream().filter(XliffReport.FieldResult::sourceChanged).forEach(field -> warnings.add(
                new ProblemJson(XliffWords.SOURCE_CHANGED, item.file(), field.unit(), List.of(),
                        messages.text(XliffWords.SOURCE_CHANGED, locale, List.of())))));
        String code = report.written() ? "xliff.imported" : "xliff.invalid";
        var changed = report.totals();
        String message = report.written()
                ? messages.text(code, locale, List.of(changed.get(XliffReport.Outcome.NEW), changed.get(XliffReport.Outcome.CHANGED),
                        changed.get(XliffReport.Outcome.UNCHANGED), warnings.size()))
                : messages.text(code, locale, List.of(report.problems().size()));
        return new ReportJson(code, message, report.written(), report.sourceLanguage(), report.targetLanguage(), totals, files,
                report.problems().stream().map(problem -> problem(problem, locale)).toList(), warnings);
    }

    private ProblemJson problem(XliffProblem problem, Locale locale) {
        return new ProblemJson(problem.code(), problem.file(), problem.unit(), problem.arguments().stream().map(String::valueOf).toList(),
                messages.text(XliffWords.key(problem.code()), locale, problem.arguments()));
    }

    @ExceptionHandler(XliffRefusedException.class)
    ResponseEntity<ProblemDetail> refused(XliffRefusedException e, HttpServletRequest request) {
        HttpStatus status = e.isTooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY;
        ReasonJson reason = messages.reason(e.code(), e.code(), e.arguments(), messages.locale(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason.message());
        problem.setTitle("Refused; nothing was saved");
        problem.setProperty("code", reason.code());
        problem.setProperty("parameters", reason.parameters());
        problem.setProperty("message", reason.message());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
        ReasonJson reason = messages.reason(e.code(), "editor." + e.code(), e.arguments(), messages.locale(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, reason.message());
        problem.setProperty("code", reason.code());
        problem.setProperty("parameters", reason.parameters());
        problem.setProperty("message", reason.message());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
