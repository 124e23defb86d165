package org.proximite.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION_FIELD;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.testing.TestDatabase;

/**
 * Texts written while each had a working copy of its fields beside its revisions: after the
 * migration, each text's fields are what the working copy held, kept as its current revision's,
 * and the revisions readers see and older ones are as they were.
 */
class TextFieldsOnceMigrationIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachTextKeepsTheFieldsEditorsSawAndEveryOlderRevision(TestDatabase database) {
        TestDatabase.Migrating old = database.partlyMigrated("db/changelog/before-text-fields-once.yaml");
        DSLContext before = old.dsl();
        for (String statement : List.of(
                "INSERT INTO chapter (id, default_language, plugin_version, content_sha256, state, installed_at, updated_at) "
                        + "VALUES ('guinea', 'fr', '1.0.0', 'x', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                "INSERT INTO content_item (id, kind, slug, chapter_id, default_language, created_at, updated_at, updated_by) "
                        + "VALUES (7, 'PRACTICE', 'council', 'guinea', 'fr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'chapter')",
                // French: published at version 1, a draft at version 2 being worked on.
                "INSERT INTO content_text (item_id, language_code, state, version, published_version, updated_at, updated_by) "
                        + "VALUES (7, 'fr', 'DRAFT', 2, 1, CURRENT_TIMESTAMP, 'aissatou')",
                "INSERT INTO content_text_field (item_id, language_code, field_name, field_value) VALUES (7, 'fr', 'title', 'Conseil, brouillon')",
                "INSERT INTO content_text_field (item_id, language_code, field_name, field_value) VALUES (7, 'fr', 'summary', 'Résumé')",
                "INSERT INTO content_revision (item_id, language_code, version, state, created_at, created_by) "
                        + "VALUES (7, 'fr', 1, 'PUBLISHED', CURRENT_TIMESTAMP, 'chapter')",
                "INSERT INTO content_revision_field (item_id, language_code, version, field_name, field_value) VALUES (7, 'fr', 1, 'title', 'Conseil')",
                "INSERT INTO content_revision (item_id, language_code, version, state, created_at, created_by) "
                        + "VALUES (7, 'fr', 2, 'DRAFT', CURRENT_TIMESTAMP, 'aissatou')",
                "INSERT INTO content_revision_field (item_id, language_code, version, field_name, field_value) VALUES (7, 'fr', 2, 'title', 'Conseil, brouillon')",
                "INSERT INTO content_revision_field (item_id, language_code, version, field_name, field_value) VALUES (7, 'fr', 2, 'summary', 'Résumé')",
                // English: a text whose current version was never kept as a revision.
                "INSERT INTO content_text (item_id, language_code, state, version, updated_at, updated_by) "
                        + "VALUES (7, 'en', 'DRAFT', 3, CURRENT_TIMESTAMP, 'aissatou')",
                "INSERT INTO content_text_field (item_id, language_code, field_name, field_value) VALUES (7, 'en', 'title', 'Council')")) {
            before.execute(statement);
        }

        DSLContext after = old.migrateToTheEnd();

        Map<String, LanguageText> texts = ContentTexts.of(after, 7);
        assertThat(texts.get("fr").version()).isEqualTo(2);
        assertThat(texts.get("fr").text().fields()).isEqualTo(Map.of("title", "Conseil, brouillon", "summary", "Résumé"));
        assertThat(texts.get("en").version()).isEqualTo(3);
        assertThat(texts.get("en").text().fields()).as("a current version without its revision gets one").isEqualTo(Map.of("title", "Council"));
        assertThat(ContentTexts.publishedOf(after, 7).get("fr").text().fields()).as("readers still see the published version")
                .isEqualTo(Map.of("title", "Conseil"));
        assertThat(after.fetchCount(CONTENT_REVISION_FIELD, CONTENT_REVISION_FIELD.ITEM_ID.eq(7L))).isEqualTo(4);
        assertThat(after.meta().getTables().stream().map(table -> table.getName().toLowerCase(java.util.Locale.ROOT)))
                .as("the working copy's table is gone").doesNotContain("content_text_field").contains("content_text");
    }
}
