package org.proximite.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestDatabase;

/**
 * Content written before practices and initiatives shared one kernel is carried over by the
 * migration: texts per language, states, themes, resources, relations, participants, links.
 */
class KernelMigrationIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void carriesExistingPracticesAndInitiativesOver(TestDatabase database) {
        TestDatabase.Migrating old = database.partlyMigrated("db/changelog/before-content-kernel.yaml");
        fillTheOldWay(old.dsl());

        CoreServices core = CoreServices.on(old.migrateToTheEnd());

        var forum = core.practices().find("forum", "en", false).orElseThrow();
        assertThat(forum.shown().text().title()).isEqualTo("Dialogue forum");
        assertThat(forum.shown().text().get("effect")).isEqualTo("Trust grew, by the participants' account.");
        assertThat(forum.shown().fallback()).isFalse();
        assertThat(forum.evidenceLevel()).isEqualTo(EvidenceLevel.PRACTICE_BASED);
        assertThat(forum.themes()).extracting("slug").containsExactly("dialogue");
        assertThat(forum.resources()).extracting("url").containsExactly("https://example.org/forum.pdf");
        assertThat(forum.related()).as("the related practice is a draft").isEmpty();
        assertThat(core.practices().find("forum", "en", true).orElseThrow().related()).extracting("slug").containsExactly("patrol");
        assertThat(forum.appliedIn()).extracting("slug").containsExactly("fair");
        assertThat(core.practices().find("forum", "fr", false).orElseThrow().shown().text().title()).isEqualTo("Forum de dialogue");
        assertThat(core.practices().find("patrol", "fr", false)).as("a draft practice stays hidden from readers").isEmpty();
        assertThat(core.practices().find("patrol", "fr", true)).isPresent();
        assertThat(core.practices().list(new PracticeFilter("fr", null, null, null, null, true)))
                .extracting("slug", "archived")
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("forum", false), org.assertj.core.groups.Tuple.tuple("patrol", false),
                        org.assertj.core.groups.Tuple.tuple("old-way", true));
        var fair = core.initiatives().find("fair", "fr", false).orElseThrow();
        assertThat(fair.shown().text().get("outcomes")).isEqualTo("- 400 participants");
        assertThat(fair.facts().participantsTotal()).isEqualTo(400);
        assertThat(fair.participants()).extracting("group", "count").containsExactly(org.assertj.core.groups.Tuple.tuple("police", 60));
        assertThat(fair.practices()).extracting("slug").containsExactly("forum");
        var draft = core.practiceEditing().load("forum");
        assertThat(draft.item().texts()).containsOnlyKeys("en", "fr");
        assertThat(draft.item().texts().values()).allSatisfy(text -> assertThat(text.version()).isEqualTo(1));
        assertThat(draft.item().version()).isEqualTo(3);
    }

    private static void fillTheOldWay(DSLContext dsl) {
        for (String statement : List.of(
                "INSERT INTO theme (slug, position) VALUES ('dialogue', 1)",
                "INSERT INTO practice (slug, evidence_level, status, default_language, version, created_at, updated_at, updated_by) "
                        + "VALUES ('forum', 'PRACTICE_BASED', 'PUBLISHED', 'fr', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'aissatou')",
                "INSERT INTO practice (slug, evidence_level, status, default_language, version, created_at, updated_at, updated_by) "
                        + "VALUES ('patrol', 'PRACTICE_BASED', 'DRAFT', 'fr', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'aissatou')",
                "INSERT INTO practice (slug, evidence_level, status, default_language, version, created_at, updated_at, updated_by) "
                        + "VALUES ('old-way', 'MONITORED', 'ARCHIVED', 'fr', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'aissatou')",
                "INSERT INTO practice_text (practice_id, language_code, title, summary, effect) SELECT id, 'fr', 'Forum de dialogue', "
                        + "'Se parler.', 'La confiance a grandi, selon les participants.' FROM practice WHERE slug = 'forum'",
                "INSERT INTO practice_text (practice_id, language_code, title, summary, effect) SELECT id, 'en', 'Dialogue forum', "
                        + "'Talking.', 'Trust grew, by the participants'' account.' FROM practice WHERE slug = 'forum'",
                "INSERT INTO practice_text (practice_id, language_code, title, summary) SELECT id, 'fr', 'Patrouille', 'Marcher.' "
                        + "FROM practice WHERE slug = 'patrol'",
                "INSERT INTO practice_text (practice_id, language_code, title, summary) SELECT id, 'fr', 'Ancienne façon', 'Avant.' "
                        + "FROM practice WHERE slug = 'old-way'",
                "INSERT INTO practice_theme (practice_id, theme_id) SELECT p.id, t.id FROM practice p, theme t WHERE p.slug = 'forum'",
                "INSERT INTO practice_resource (practice_id, position, kind, label, url) SELECT id, 0, 'LINK', 'Guide', "
                        + "'https://example.org/forum.pdf' FROM practice WHERE slug = 'forum'",
                "INSERT INTO practice_relation (practice_id, related_practice_id) SELECT a.id, b.id FROM practice a, practice b "
                        + "WHERE a.slug = 'forum' AND b.slug = 'patrol'",
                "INSERT INTO initiative (slug, kind, participants_total, status, default_language, version, created_at, updated_at, updated_by) "
                        + "VALUES ('fair', 'event', 400, 'PUBLISHED', 'fr', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'aissatou')",
                "INSERT INTO initiative_text (initiative_id, language_code, title, summary, outcomes) SELECT id, 'fr', 'Foire', "
                        + "'Trois jours.', '- 400 participants' FROM initiative",
                "INSERT INTO initiative_participant (initiative_id, group_code, participant_count) SELECT id, 'police', 60 FROM initiative",
                "INSERT INTO initiative_practice (initiative_id, practice_id) SELECT i.id, p.id FROM initiative i, practice p WHERE p.slug = 'forum'")) {
            dsl.execute(statement);
        }
    }
}
