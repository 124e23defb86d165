package org.proximite.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.db.jooq.Tables.ITEM_ADAPTATION_BASIS;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.testing.TestDatabase;

/**
 * Adaptations installed before they recorded the practice's version they stand on are carried
 * over standing on what readers saw at the migration: the published text in their language, else
 * in the practice's default language.
 */
class AdaptationBasisMigrationIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void existingAdaptationsStandOnThePublishedTextOfTheirLanguageOrElseOfTheDefaultOne(TestDatabase database) {
        TestDatabase.Migrating old = database.partlyMigrated("db/changelog/before-adaptation-basis.yaml");
        DSLContext before = old.dsl();
        for (String statement : List.of(
                "INSERT INTO language (code, native_name) VALUES ('pt', 'Português')",
                "INSERT INTO chapter (id, default_language, plugin_version, content_sha256, state, installed_at, updated_at) "
                        + "VALUES ('guinea', 'fr', '1.0.0', 'x', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                "INSERT INTO chapter (id, default_language, plugin_version, content_sha256, state, installed_at, updated_at) "
                        + "VALUES ('guinea-bissau', 'pt', '1.0.0', 'x', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                "INSERT INTO content_item (id, kind, slug, chapter_id, default_language, created_at, updated_at, updated_by) "
                        + "VALUES (7, 'PRACTICE', 'council', 'guinea', 'fr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'chapter')",
                "INSERT INTO content_text (item_id, language_code, state, version, published_version, updated_at, updated_by) "
                        + "VALUES (7, 'fr', 'DRAFT', 4, 3, CURRENT_TIMESTAMP, 'aissatou')",
                "INSERT INTO content_text (item_id, language_code, state, version, updated_at, updated_by) "
                        + "VALUES (7, 'en', 'DRAFT', 1, CURRENT_TIMESTAMP, 'aissatou')",
                "INSERT INTO item_adaptation (item_id, chapter_id, language_code, field_name, field_value) VALUES (7, 'guinea-bissau', 'pt', 'rationale', 'Porque')",
                "INSERT INTO item_adaptation (item_id, chapter_id, language_code, field_name, field_value) VALUES (7, 'guinea-bissau', 'pt', 'title', 'Conselho')",
                "INSERT INTO item_adaptation (item_id, chapter_id, language_code, field_name, field_value) VALUES (7, 'guinea-bissau', 'fr', 'context', 'Ici')",
                "INSERT INTO item_adaptation (item_id, chapter_id, language_code, field_name, field_value) VALUES (7, 'guinea-bissau', 'en', 'context', 'Here')")) {
            before.execute(statement);
        }

        DSLContext after = old.migrateToTheEnd();

        assertThat(after.select(ITEM_ADAPTATION_BASIS.LANGUAGE_CODE, ITEM_ADAPTATION_BASIS.BASIS_LANGUAGE, ITEM_ADAPTATION_BASIS.BASIS_VERSION)
                .from(ITEM_ADAPTATION_BASIS).where(ITEM_ADAPTATION_BASIS.CHAPTER_ID.eq("guinea-bissau"))
                .orderBy(ITEM_ADAPTATION_BASIS.LANGUAGE_CODE).fetch(row -> row.value1() + ":" + row.value2() + ":" + row.value3()))
                .as("the English draft was never published: the French text readers see, version 3, not the draft")
                .containsExactly("en:fr:3", "fr:fr:3", "pt:fr:3");
        assertThat(after.fetchCount(ITEM_ADAPTATION_BASIS, ITEM_ADAPTATION_BASIS.REVIEWED_AT.isNotNull())).isZero();
    }
}
