package org.proximite.core.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.db.jooq.Tables.STAKEHOLDER_GROUP;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.StakeholderGroups;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.offline.OfflineChapterCheck;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

class OfflineChapterCheckIT {

    @TempDir
    Path work;

    @Test
    void theGuineaChapterPasses() {
        assertThat(OfflineChapterCheck.check(TestChapterJars.guinea(), List.of()).problems()).isEmpty();
    }

    @Test
    void namesEachProblemWithItsFileAndField() throws Exception {
        String practice = TestChapterJars.read(TestChapterJars.guinea(), ChapterLayout.PRACTICES + "local-security-plan.yaml");
        Path broken = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("broken.jar"), Map.of("Plugin-Requires", ">=0.1.0"),
                Map.of(ChapterLayout.PRACTICES + "local-security-plan.yaml",
                        practice.replaceFirst("related: \\[", "related: [ghost, ").replaceFirst("title: \"", "title: \"<script>")));

        assertThat(OfflineChapterCheck.check(broken, List.of()).problems()).extracting(Reason::toString).containsExactlyInAnyOrder(
                "Plugin-Requires '>=0.1.0' has no upper bound: add one, e.g. '>=0.1.0 & <1.0.0'",
                "chapter/practices/local-security-plan.yaml [related]: refers to the practice 'ghost', which the chapter does not define",
                "chapter/practices/local-security-plan.yaml [fr.title]: contains markup; this field is plain text");
    }

    @Test
    void theGroupsItKnowsAreTheDatabasesGroups() {
        var dsl = TestDatabase.H2.freshDsl();
        assertThat(dsl.select(STAKEHOLDER_GROUP.CODE).from(STAKEHOLDER_GROUP).fetch(STAKEHOLDER_GROUP.CODE))
                .containsExactlyInAnyOrderElementsOf(StakeholderGroups.CODES);
    }
}
