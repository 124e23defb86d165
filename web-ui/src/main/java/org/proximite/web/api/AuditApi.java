package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.proximite.core.audit.AuditEntry;
import org.proximite.core.audit.AuditFilter;
import org.proximite.core.audit.AuditLog;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.web.audit.AuditCsv;
import org.proximite.web.audit.AuditSentences;
import org.proximite.web.security.SignedInActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit log for admins' scripts: entries newest first, filtered, as JSON pages or as one CSV
 * file. Read only: no method of this address changes or deletes an entry.
 */
@Tag(name = "Audit log (admins)", description = "Who did what and when, on every instance")
@RestController
@RequestMapping("/api/v1/admin")
class AuditApi {

    private final AuditLog log;
    private final AuditSentences sentences;
    private final AuditCsv csv;
    private final AdminApiLanguage language;

    AuditApi(AuditLog log, AuditSentences sentences, AuditCsv csv, AdminApiLanguage language) {
        this.log = log;
        this.sentences = sentences;
        this.csv = csv;
        this.language = language;
    }

    /** One entry as the API gives it: the facts, and the sentence in the request's language. */
    record EntryJson(long position, OffsetDateTime at, String actor, String kind, String subjectKind, String subject, String language,
            Integer version, String chapter, String sentence) {}

    @Operation(summary = "Entries of the audit log, newest first", description = "Filters: actor (user name), kind (comma-separated change "
            + "kinds, e.g. TEXT_PUBLISHED,LOGIN_FAILED), subject (slug, chapter id or user name), from and to (ISO-8601 instants, UTC). "
            + "Sentences in the Accept-Language language.")
    @GetMapping("/audit")
    ApiPage<EntryJson> entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Principal user, HttpServletRequest request) {
        Locale locale = language.of(request);
        var entries = log.entries(filter(actor, kind, subject, from, to), ApiPage.request(page, size), SignedInActor.of(user));
        return ApiPage.of(entries, entry -> json(entry, locale));
    }

    @Operation(summary = "The audit log as CSV (UTF-8, newest first)", description = "The same filters as /audit; every entry they keep.")
    @GetMapping("/audit.csv")
    void csv(@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Principal user, HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilter filter = filter(actor, kind, subject, from, to);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"proximite-audit.csv\"");
        csv.write(filter, SignedInActor.of(user), language.of(request), new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    private EntryJson json(AuditEntry entry, Locale locale) {
        return new EntryJson(entry.position(), entry.at(), entry.actor(), entry.kind(), entry.itemKind(), entry.itemKey(), entry.language(),
                entry.version(), entry.chapterId(), sentences.sentence(entry, locale));
    }

    /** The filter the parameters ask for, with a clear error for a kind or a time that cannot be read. */
    static AuditFilter filter(String actor, String kind, String subject, String from, String to) {
        Set<ChangeKind> kinds = new HashSet<>();
        if (kind != null && !kind.isBlank()) {
            for (String name : kind.split(",")) {
                try {
                    kinds.add(ChangeKind.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown kind '" + name.strip() + "'; known: "
                            + String.join(", ", Arrays.stream(ChangeKind.values()).map(ChangeKind::name).toList()));
                }
            }
        }
        return new AuditFilter(actor, kinds, subject, instant("from", from), instant("to", to));
    }

    private static OffsetDateTime instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be an ISO-8601 instant such as 2026-12-01T00:00:00Z (got '"
                    + value + "')");
        }
    }
}
