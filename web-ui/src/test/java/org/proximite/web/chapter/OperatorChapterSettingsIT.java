package org.proximite.web.chapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An operator lists the chapters that must be present at start. */
@SpringBootTest(properties = {"proximite.admin.password=operator-test-only", "proximite.chapters.present=guinea-bissau"})
@DirtiesContext
class OperatorChapterSettingsIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @Autowired
    ChapterQueries chapters;

    @Autowired
    ChapterEvents events;

    @Test
    void installsTheShippedExampleChapterAtStart() {
        assertThat(chapters.list("en")).extracting(ChapterSummary::id).containsExactly("guinea", "guinea-bissau");
        assertThat(events.recent(10)).anySatisfy(event -> {
            assertThat(event.chapterId()).isEqualTo("guinea-bissau");
            assertThat(event.actor()).isEqualTo("operator");
            assertThat(event.succeeded()).isTrue();
        });
    }
}
