package org.proximite.core.edition;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.val;
import static org.proximite.db.jooq.Tables.EDITION;
import static org.proximite.db.jooq.Tables.EDITION_FILE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/** The editions' rows and files: the SQL of the edition service, and nothing else. */
@Component
class EditionStore {

    private static final String SEPARATOR = "\u001f";

    private final DSLContext dsl;

    EditionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new edition in the BUILDING state, numbered after the last of its scope. */
    long insertBuilding(EditionScope scope, List<String> languages, int stepsTotal, String actor, OffsetDateTime now) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            // The unique (scope_key, number) constraint refuses a number taken by another instance at the same moment.
            int number = tx.select(coalesce(max(EDITION.NUMBER), val(0))).from(EDITION).where(EDITION.SCOPE_KEY.eq(scope.key()))
                    .fetchSingle().value1() + 1;
            return tx.insertInto(EDITION)
                    .set(EDITION.SCOPE_KEY, scope.key())
                    .set(EDITION.CHAPTER_ID, scope.chapterId())
                    .set(EDITION.NUMBER, number)
                    .set(EDITION.LANGUAGES, String.join(",", languages))
                    .set(EDITION.STATE, EditionState.BUILDING.name())
                    .set(EDITION.STEPS_DONE, 0)
                    .set(EDITION.STEPS_TOTAL, stepsTotal)
                    .set(EDITION.CREATED_AT, now)
                    .set(EDITION.CREATED_BY, actor)
                    .set(EDITION.HEARTBEAT_AT, now)
                    .returningResult(EDITION.ID)
                    .fetchSingle().value1();
        });
    }

    void progress(long id, int stepsDone, OffsetDateTime now) {
        dsl.update(EDITION).set(EDITION.STEPS_DONE, stepsDone).set(EDITION.HEARTBEAT_AT, now)
                .where(EDITION.ID.eq(id)).and(EDITION.STATE.eq(EditionState.BUILDING.name())).execute();
    }

    /** Stores every file and marks the edition ready, in one transaction: all files or none. */
    boolean completeWith(long id, List<RenderedFile> files, OffsetDateTime now, java.util.function.Consumer<DSLContext> alsoInTransaction) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            int marked = tx.update(EDITION).set(EDITION.STATE, EditionState.READY.name()).set(EDITION.STEPS_DONE, EDITION.STEPS_TOTAL)
                    .set(EDITION.HEARTBEAT_AT, now).set(EDITION.FINISHED_AT, now)
                    .where(EDITION.ID.eq(id)).and(EDITION.STATE.eq(EditionState.BUILDING.name())).execute();
            if (marked == 0) {
                return false;
            }
            for (RenderedFile file : files) {
                tx.insertInto(EDITION_FILE)
                        .set(EDITION_FILE.EDITION_ID, id)
                        .set(EDITION_FILE.LANGUAGE_CODE, file.language())
                        .set(EDITION_FILE.FORMAT, file.format().name())
                        .set(EDITION_FILE.SHA256, file.sha256())
                        .set(EDITION_FILE.SIZE_BYTES, (long) file.content().length)
                        .set(EDITION_FILE.CONTENT, file.content())
                        .execute();
            }
            alsoInTransaction.accept(tx);
            return true;
        });
    }

    /** Marks a building edition failed with its reason; it has no file, as files are only written with READY. */
    void fail(long id, EditionReason reason, OffsetDateTime now) {
        dsl.update(EDITION).set(EDITION.STATE, EditionState.FAILED.name())
                .set(EDITION.REASON_CODE, reason.code())
                .set(EDITION.REASON_PARAMS, String.join(SEPARATOR, reason.parameters()))
                .set(EDITION.HEARTBEAT_AT, now).set(EDITION.FINISHED_AT, now)
                .where(EDITION.ID.eq(id)).and(EDITION.STATE.eq(EditionState.BUILDING.name())).execute();
    }

    /** Fails the editions whose building instance stopped giving news before {@code silentSince} (it stopped, or died). */
    int failAbandoned(OffsetDateTime silentSince, OffsetDateTime now) {
        return dsl.update(EDITION).set(EDITION.STATE, EditionState.FAILED.name())
                .set(EDITION.REASON_CODE, "edition.failed.interrupted")
                .set(EDITION.REASON_PARAMS, "")
                .set(EDITION.FINISHED_AT, now)
                .where(EDITION.STATE.eq(EditionState.BUILDING.name())).and(EDITION.HEARTBEAT_AT.lt(silentSince)).execute();
    }

    /** Every edition, newest first, with its files (without their bytes). */
    List<Edition> list() {
        return editions(org.jooq.impl.DSL.noCondition());
    }

    Optional<Edition> find(long id) {
        return editions(EDITION.ID.eq(id)).stream().findFirst();
    }

    Optional<Edition> find(String scopeKey, int number) {
        return editions(EDITION.SCOPE_KEY.eq(scopeKey).and(EDITION.NUMBER.eq(number))).stream().findFirst();
    }

    Optional<byte[]> content(long id, String language, EditionFormat format) {
        return dsl.select(EDITION_FILE.CONTENT).from(EDITION_FILE)
                .where(EDITION_FILE.EDITION_ID.eq(id)).and(EDITION_FILE.LANGUAGE_CODE.eq(language)).and(EDITION_FILE.FORMAT.eq(format.name()))
                .fetchOptional(EDITION_FILE.CONTENT);
    }

    private List<Edition> editions(Condition condition) {
        var rows = dsl.select(EDITION.fields()).from(EDITION).where(condition).orderBy(EDITION.CREATED_AT.desc(), EDITION.ID.desc()).fetch();
        Map<Long, List<EditionFile>> files = new HashMap<>();
        dsl.select(EDITION_FILE.EDITION_ID, EDITION_FILE.LANGUAGE_CODE, EDITION_FILE.FORMAT, EDITION_FILE.SIZE_BYTES, EDITION_FILE.SHA256)
                .from(EDITION_FILE)
                .where(EDITION_FILE.EDITION_ID.in(rows.getValues(EDITION.ID)))
                .orderBy(EDITION_FILE.EDITION_ID, EDITION_FILE.FORMAT.desc(), EDITION_FILE.LANGUAGE_CODE)
                .forEach(row -> files.computeIfAbsent(row.value1(), id -> new ArrayList<>())
                        .add(new EditionFile(row.value2(), EditionFormat.valueOf(row.value3()), row.value4(), row.value5())));
        return rows.map(row -> edition(row, files.getOrDefault(row.get(EDITION.ID), List.of())));
    }

    private static Edition edition(Record row, List<EditionFile> files) {
        String code = row.get(EDITION.REASON_CODE);
        String params = row.get(EDITION.REASON_PARAMS);
        EditionReason reason = code == null ? null
                : new EditionReason(code, params == null || params.isEmpty() ? List.of() : Arrays.asList(params.split(SEPARATOR, -1)));
        String chapterId = row.get(EDITION.CHAPTER_ID);
        return new Edition(row.get(EDITION.ID), chapterId == null ? EditionScope.wholeGuide() : EditionScope.chapter(chapterId),
                row.get(EDITION.NUMBER), Arrays.asList(row.get(EDITION.LANGUAGES).split(",")), EditionState.valueOf(row.get(EDITION.STATE)),
                reason, row.get(EDITION.STEPS_DONE), row.get(EDITION.STEPS_TOTAL), row.get(EDITION.CREATED_AT), row.get(EDITION.CREATED_BY),
                row.get(EDITION.FINISHED_AT), files);
    }

    /** A file rendered, waiting to be stored with the others. */
    record RenderedFile(String language, EditionFormat format, byte[] content, String sha256) {}
}
