package org.proximite.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.proximite.core.actor.Actor;
import org.proximite.core.audit.AuditFilter;
import org.proximite.core.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * The audit log as CSV (RFC 4180, UTF-8): one line per entry, newest first, times in UTC, and the
 * sentence in the reader's language. A cell that a spreadsheet would run as a formula starts with
 * an apostrophe, so that an exported name such as {@code =HYPERLINK(…)} stays text.
 */
@Component
public class AuditCsv {

    static final String HEADER = "position,time_utc,actor,kind,subject_kind,subject,language,version,chapter,sentence";

    private final AuditLog log;
    private final AuditSentences sentences;

    public AuditCsv(AuditLog log, AuditSentences sentences) {
        this.log = log;
        this.sentences = sentences;
    }

    public void write(AuditFilter filter, Actor actor, Locale locale, Writer out) {
        try {
            out.write(HEADER + "\r\n");
            log.forEach(filter, actor, entry -> {
                try {
                    out.write(String.join(",", String.valueOf(entry.position()),
                            DateTimeFormatter.ISO_INSTANT.format(entry.at().withOffsetSameInstant(ZoneOffset.UTC)), cell(entry.actor()),
                            cell(entry.kind()), cell(entry.itemKind()), cell(entry.itemKey()), cell(entry.language()),
                            entry.version() == null ? "" : String.valueOf(entry.version()), cell(entry.chapterId()),
                            cell(sentences.sentence(entry, locale))) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell: quoted when it holds a comma, a quote or a line break; a leading formula character neutralised. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
