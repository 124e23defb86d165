package org.proximite.core.workflow;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION_FIELD;
import static org.proximite.db.jooq.Tables.ITEM_ADAPTATION;
import static org.proximite.db.jooq.Tables.ITEM_ADAPTATION_BASIS;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Row3;
import org.jooq.impl.DSL;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ContentTexts;
import org.proximite.core.content.LanguageText;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.internal.Chunks;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.springframework.stereotype.Service;

/**
 * A chapter's adaptations of other chapters' practices whose practice changed since they were
 * written. Each adaptation records, per language, the version of the practice's text it stands on
 * (its <em>basis</em>): the practice's published text in the adaptation's language, or in the
 * practice's default language when that language has none published, as readers saw it when the
 * adapting chapter was installed or upgraded. A later <em>published</em> version of that text
 * whose fields differ makes the adaptation outdated, naming those fields; drafts and texts in
 * review do not count until they are published, and a version that changes no field does not
 * either. A country editor of the adapting chapter confirms that the adaptation still holds
 * ({@link #markReviewed}), which moves its basis to the version they saw; an upgrade of the
 * adapting chapter records the basis again.
 */
@Service
public class OutdatedAdaptations {

    private static final ItemKind KIND = ItemKind.PRACTICE;

    private final DSLContext dsl;
    private final Revisions revisions;
    private final Outbox outbox;
    private final Clock clock;

    public OutdatedAdaptations(DSLContext dsl, Revisions revisions, Outbox outbox, Clock clock) {
        this.dsl = dsl;
        this.revisions = revisions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * One language of a chapter's adaptation of a practice, and where it stands.
     *
     * @param practiceTitle the practice's published title in the language asked, else in its default language (its slug when none)
     * @param practiceChapterId the chapter the practice belongs to
     * @param language the adaptation's language
     * @param rationale why and how the chapter adapts it, in this language; null when not given in it
     * @param fields the practice's fields the adaptation changes in this language, in the kind's order
     * @param basisLanguage the language of the practice's text the adaptation stands on
     * @param basisVersion the version of that text it stands on; null when nothing was published then
     * @param currentVersion the version of that text readers see now; null when they see none
     * @param changedFields the practice's fields that differ between the two, in the kind's order: empty when current
     * @param reviewedAt when someone last confirmed that it still holds; null when its basis is the install's or upgrade's
     */
    public record Adaptation(String practiceSlug, String practiceTitle, String practiceChapterId, String language, String rationale,
            Map<String, String> fields, String basisLanguage, Integer basisVersion, Integer currentVersion, List<String> changedFields,
            OffsetDateTime reviewedAt, String reviewedBy) {

        public boolean outdated() {
            return !changedFields.isEmpty();
        }
    }

    /**
     * Every adaptation a chapter brings, each language on its own, in the order of the practices'
     * titles (in {@code titleLanguage}) then of the languages.
     */
    public List<Adaptation> of(String chapterId, String titleLanguage) {
        return of(dsl, chapterId, titleLanguage);
    }

    /** Only the outdated ones, in the same order. */
    public List<Adaptation> outdated(String chapterId, String titleLanguage) {
        return of(chapterId, titleLanguage).stream().filter(Adaptation::outdated).toList();
    }

    /**
     * How many outdated adaptations (per practice and language) each chapter has, by chapter id;
     * chapters with none are left out.
     */
    public Map<String, Integer> outdatedByChapter() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String chapterId : dsl.selectDistinct(ITEM_ADAPTATION_BASIS.CHAPTER_ID).from(ITEM_ADAPTATION_BASIS).fetch(ITEM_ADAPTATION_BASIS.CHAPTER_ID)) {
            int outdated = outdated(chapterId, "en").size();
            if (outdated > 0) {
                counts.put(chapterId, outdated);
            }
        }
        return counts;
    }

    /** One language of a chapter's adaptation of a practice. */
    public Adaptation one(String chapterId, String practiceSlug, String language, String titleLanguage) {
        return of(chapterId, titleLanguage).stream()
                .filter(adaptation -> adaptation.practiceSlug().equals(practiceSlug) && adaptation.language().equals(language))
                .findFirst()
                .orElseThrow(() -> new ContentNotFoundException("adaptation", chapterId + "/" + practiceSlug + "/" + language));
    }

    /**
     * The practice's text as the adaptation stood on it and as readers see it now, field by field
     * in the kind's order ({@link Revisions#compare}); empty when readers see none of it now.
     */
    public List<Revisions.FieldComparison> changes(Adaptation adaptation) {
        if (adaptation.currentVersion() == null) {
            return List.of();
        }
        if (adaptation.basisVersion() != null) {
            return revisions.compare(KIND, adaptation.practiceSlug(), adaptation.basisLanguage(), adaptation.basisVersion(),
                    adaptation.currentVersion());
        }
        // Nothing was published when the adaptation was written: every field is new since.
        Map<String, String> now = revisions.compare(KIND, adaptation.practiceSlug(), adaptation.basisLanguage(), adaptation.currentVersion(),
                adaptation.currentVersion()).stream().collect(LinkedHashMap::new, (map, field) -> map.put(field.field(), field.after()), Map::putAll);
        return now.entrySet().stream().map(field -> new Revisions.FieldComparison(field.getKey(), null, field.getValue())).toList();
    }

    /**
     * Records that the adaptation still holds against the practice's text readers see now: its
     * basis moves to that version, and the confirmation is appended to the outbox. Nothing is
     * written when it already stands on that version.
     *
     * @param seenVersion the version of the practice's text the person compared the adaptation with
     * @throws org.proximite.core.actor.NotAllowedException when the actor may not edit the adapting chapter; nothing is written
     * @throws StaleEditException when the practice's text was published again since {@code seenVersion}
     * @throws ContentNotFoundException when the chapter brings no such adaptation
     */
    public Adaptation markReviewed(String chapterId, String practiceSlug, String language, int seenVersion, Actor actor) {
        actor.requireEditing(chapterId);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Adaptation adaptation = of(tx, chapterId, language).stream()
                    .filter(found -> found.practiceSlug().equals(practiceSlug) && found.language().equals(language))
                    .findFirst()
                    .orElseThrow(() -> new ContentNotFoundException("adaptation", chapterId + "/" + practiceSlug + "/" + language));
            if (adaptation.currentVersion() == null || adaptation.currentVersion() != seenVersion) {
                throw new StaleEditException(practiceSlug);
            }
            if (Objects.equals(adaptation.basisVersion(), adaptation.currentVersion())) {
                return;
            }
            long itemId = tx.select(CONTENT_ITEM.ID).from(CONTENT_ITEM)
                    .where(CONTENT_ITEM.KIND.eq(KIND.name())).and(CONTENT_ITEM.SLUG.eq(practiceSlug))
                    .fetchSingle().value1();
            tx.update(ITEM_ADAPTATION_BASIS)
                    .set(ITEM_ADAPTATION_BASIS.BASIS_VERSION, seenVersion)
                    .set(ITEM_ADAPTATION_BASIS.REVIEWED_AT, OffsetDateTime.now(clock))
                    .set(ITEM_ADAPTATION_BASIS.REVIEWED_BY, actor.name())
                    .where(ITEM_ADAPTATION_BASIS.ITEM_ID.eq(itemId))
                    .and(ITEM_ADAPTATION_BASIS.CHAPTER_ID.eq(chapterId))
                    .and(ITEM_ADAPTATION_BASIS.LANGUAGE_CODE.eq(language))
                    .execute();
            outbox.append(tx, OutboxEvent.of(actor.name(), ChangeKind.ADAPTATION_REVIEWED, KIND.name(), practiceSlug, language, seenVersion,
                    chapterId));
        });
        return one(chapterId, practiceSlug, language, language);
    }

    /**
     * Records the basis of every adaptation the chapter brings, as readers see the adapted
     * practices now, replacing what was recorded before: the chapter's import calls it, in its
     * transaction, after writing the adaptations.
     */
    public static void recordBasis(DSLContext tx, String chapterId) {
        tx.deleteFrom(ITEM_ADAPTATION_BASIS).where(ITEM_ADAPTATION_BASIS.CHAPTER_ID.eq(chapterId)).execute();
        Map<Long, String> defaults = new HashMap<>();
        Map<Long, List<String>> languages = new LinkedHashMap<>();
        tx.selectDistinct(ITEM_ADAPTATION.ITEM_ID, ITEM_ADAPTATION.LANGUAGE_CODE, CONTENT_ITEM.DEFAULT_LANGUAGE)
                .from(ITEM_ADAPTATION)
                .join(CONTENT_ITEM).on(CONTENT_ITEM.ID.eq(ITEM_ADAPTATION.ITEM_ID))
                .where(ITEM_ADAPTATION.CHAPTER_ID.eq(chapterId))
                .orderBy(ITEM_ADAPTATION.ITEM_ID, ITEM_ADAPTATION.LANGUAGE_CODE)
                .forEach(row -> {
                    languages.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(row.value2());
                    defaults.put(row.value1(), row.value3());
                });
        if (languages.isEmpty()) {
            return;
        }
        Map<Long, Map<String, Integer>> published = ContentTexts.publishedVersions(tx, languages.keySet());
        var insert = tx.insertInto(ITEM_ADAPTATION_BASIS, ITEM_ADAPTATION_BASIS.ITEM_ID, ITEM_ADAPTATION_BASIS.CHAPTER_ID,
                ITEM_ADAPTATION_BASIS.LANGUAGE_CODE, ITEM_ADAPTATION_BASIS.BASIS_LANGUAGE, ITEM_ADAPTATION_BASIS.BASIS_VERSION);
        for (var entry : languages.entrySet()) {
            Map<String, Integer> versions = published.getOrDefault(entry.getKey(), Map.of());
            for (String language : entry.getValue()) {
                String basis = versions.containsKey(language) ? language : defaults.get(entry.getKey());
                insert = insert.values(entry.getKey(), chapterId, language, basis, versions.get(basis));
            }
        }
        insert.execute();
    }

    private List<Adaptation> of(DSLContext context, String chapterId, String titleLanguage) {
        record Head(long itemId, String slug, String chapterId, String defaultLanguage) {}
        record Key(long itemId, String language) {}
        Map<Long, Head> heads = new HashMap<>();
        Map<Key, Map<String, String>> fields = new LinkedHashMap<>();
        context.select(ITEM_ADAPTATION.ITEM_ID, ITEM_ADAPTATION.LANGUAGE_CODE, ITEM_ADAPTATION.FIELD_NAME, ITEM_ADAPTATION.FIELD_VALUE,
                        CONTENT_ITEM.SLUG, CONTENT_ITEM.CHAPTER_ID, CONTENT_ITEM.DEFAULT_LANGUAGE)
                .from(ITEM_ADAPTATION)
                .join(CONTENT_ITEM).on(CONTENT_ITEM.ID.eq(ITEM_ADAPTATION.ITEM_ID))
                .where(ITEM_ADAPTATION.CHAPTER_ID.eq(chapterId))
                .forEach(row -> {
                    heads.putIfAbsent(row.value1(), new Head(row.value1(), row.value5(), row.value6(), row.value7()));
                    fields.computeIfAbsent(new Key(row.value1(), row.value2()), key -> new HashMap<>()).put(row.value3(), row.value4());
                });
        if (heads.isEmpty()) {
            return List.of();
        }
        record Basis(String language, Integer version, OffsetDateTime reviewedAt, String reviewedBy) {}
        Map<Key, Basis> bases = new HashMap<>();
        context.selectFrom(ITEM_ADAPTATION_BASIS)
                .where(ITEM_ADAPTATION_BASIS.CHAPTER_ID.eq(chapterId))
                .forEach(row -> bases.put(new Key(row.getItemId(), row.getLanguageCode()),
                        new Basis(row.getBasisLanguage(), row.getBasisVersion(), row.getReviewedAt(), row.getReviewedBy())));
        Map<Long, Map<String, LanguageText>> published = ContentTexts.publishedOfItems(context, heads.keySet());

        // The practices' fields at the versions the adaptations stand on, where readers see a newer one: one statement per 500.
        record Old(long itemId, String language, int version) {}
        List<Row3<Long, String, Integer>> wanted = new ArrayList<>();
        bases.forEach((key, basis) -> {
            LanguageText now = published.getOrDefault(key.itemId(), Map.of()).get(basis.language());
            if (basis.version() != null && now != null && now.version() != basis.version()) {
                wanted.add(DSL.row(key.itemId(), basis.language(), basis.version()));
            }
        });
        Map<Old, Map<String, String>> old = new HashMap<>();
        for (var chunk : Chunks.of(wanted.stream().distinct().toList())) {
            context.select(CONTENT_REVISION_FIELD.ITEM_ID, CONTENT_REVISION_FIELD.LANGUAGE_CODE, CONTENT_REVISION_FIELD.VERSION,
                            CONTENT_REVISION_FIELD.FIELD_NAME, CONTENT_REVISION_FIELD.FIELD_VALUE)
                    .from(CONTENT_REVISION_FIELD)
                    .where(DSL.row(CONTENT_REVISION_FIELD.ITEM_ID, CONTENT_REVISION_FIELD.LANGUAGE_CODE, CONTENT_REVISION_FIELD.VERSION).in(chunk))
                    .forEach(row -> old.computeIfAbsent(new Old(row.value1(), row.value2(), row.value3()), key -> new HashMap<>())
                            .put(row.value4(), row.value5()));
        }

        List<Adaptation> adaptations = new ArrayList<>();
        fields.forEach((key, values) -> {
            Head head = heads.get(key.itemId());
            Map<String, LanguageText> texts = published.getOrDefault(key.itemId(), Map.of());
            Basis basis = bases.get(key);
            Integer current = null;
            List<String> changed = List.of();
            if (basis != null) {
                LanguageText now = texts.get(basis.language());
                current = now == null ? null : now.version();
                if (now != null && !Objects.equals(basis.version(), now.version())) {
                    Map<String, String> then = basis.version() == null ? Map.of()
                            : old.getOrDefault(new Old(key.itemId(), basis.language(), basis.version()), Map.of());
                    changed = Revisions.changed(KIND, then, now.text().fields());
                }
            }
            LanguageText titled = texts.containsKey(titleLanguage) ? texts.get(titleLanguage) : texts.get(head.defaultLanguage());
            String title = titled == null || titled.text().fields().get("title") == null ? head.slug() : titled.text().fields().get("title");
            Map<String, String> adapted = new LinkedHashMap<>();
            for (TextField field : KIND.textFields()) {
                if (values.containsKey(field.name())) {
                    adapted.put(field.name(), values.get(field.name()));
                }
            }
            adaptations.add(new Adaptation(head.slug(), title, head.chapterId(), key.language(), values.get("rationale"), adapted,
                    basis == null ? key.language() : basis.language(), basis == null ? null : basis.version(), current, changed,
                    basis == null ? null : basis.reviewedAt(), basis == null ? null : basis.reviewedBy()));
        });
        adaptations.sort(Comparator.comparing(Adaptation::practiceTitle, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Adaptation::practiceSlug).thenComparing(Adaptation::language));
        return adaptations;
    }
}
