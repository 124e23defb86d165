package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.time.Clock;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.backup.BackupExport;
import org.proximite.core.backup.BackupImport;
import org.proximite.core.backup.BackupRefusedException;
import org.proximite.core.backup.ImportResult;
import org.proximite.web.backup.ExportFileName;
import org.proximite.web.i18n.ProximiteI18nProvider;
import org.proximite.web.security.SignedInActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole instance as a bundle, for admins' scripts: an export streamed as a zip, and its
 * import into an empty instance (the zip as the request's body). A refusal answers {@code code},
 * {@code parameters} and {@code message}; nothing is saved then. See {@code docs/export-format.md}.
 */
@Tag(name = "Export and import (admins)", description = "Backups, moving between instances, from H2 to PostgreSQL")
@RestController
@RequestMapping("/api/v1/admin")
class BackupApi {

    private final BackupExport export;
    private final BackupImport importer;
    private final ProximiteI18nProvider messages;
    private final AdminApiLanguage language;
    private final Clock clock;

    BackupApi(BackupExport export, BackupImport importer, ProximiteI18nProvider messages, AdminApiLanguage language, Clock clock) {
        this.export = export;
        this.importer = importer;
        this.messages = messages;
        this.language = language;
        this.clock = clock;
    }

    @Operation(summary = "Export everything as one zip bundle, streamed", description = "Every table in one consistent snapshot, one JSON "
            + "Lines file per table and a manifest.json with each file's row count and SHA-256. Holds the accounts' password hashes: keep it safe.",
            responses = @ApiResponse(responseCode = "200", description = "The bundle", content = @Content(mediaType = "application/zip")))
    @GetMapping("/export")
    void export(Principal user, HttpServletResponse response) throws IOException {
        var actor = SignedInActor.of(user);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ExportFileName.now(clock) + "\"");
        response.setHeader("Cache-Control", "no-store");
        export.export(response.getOutputStream(), actor, progress -> {});
    }

    /** What an import wrote. */
    record Imported(int tables, long rows, String exportedBy, String exportedAt) {}

    @Operation(summary = "Import a bundle into this instance, which must be empty (nobody changed anything yet)",
            description = "The body is the zip (Content-Type application/zip). Every file is checked before anything is written; then "
                    + "everything is replaced in one transaction. This instance follows at once; restart the others on the same database.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "application/zip",
                    schema = @Schema(type = "string", format = "binary"))),
            responses = {
                @ApiResponse(responseCode = "200", description = "Imported"),
                @ApiResponse(responseCode = "403", description = "Not an admin, or no X-Requested-With header"),
                @ApiResponse(responseCode = "409", description = "Another import runs: code backup.refused.busy"),
                @ApiResponse(responseCode = "422", description = "Refused (code backup.refused.*); nothing saved")})
    @PostMapping("/import")
    Imported importBundle(Principal user, HttpServletRequest request) throws IOException {
        var actor = SignedInActor.of(user);
        Path file = Files.createTempFile("proximite-import-", ".zip");
        try {
            try (InputStream body = request.getInputStream()) {
                Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportResult result = importer.importBundle(file, actor, progress -> {});
            return new Imported(result.tables(), result.rows(), result.applicationVersion(), result.createdAt());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @ExceptionHandler(BackupRefusedException.class)
    ResponseEntity<ProblemDetail> refused(BackupRefusedException e, HttpServletRequest request) {
        HttpStatus status = e.code().equals(BackupRefusedException.BUSY) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        String message = messages.getTranslation(e.code(), language.of(request), e.arguments().toArray());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle("The import was refused; nothing was saved");
        problem.setProperty("code", e.code());
        problem.setProperty("parameters", e.arguments());
        problem.setProperty("message", message);
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
        String message = messages.getTranslation("backup.denied", language.of(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message);
        problem.setProperty("code", e.code());
        problem.setProperty("parameters", e.arguments());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
