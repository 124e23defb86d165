package org.proximite.chapter.format.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.chapter.format.content.ContentChecks.messages;
import static org.proximite.chapter.format.content.ContentChecks.problems;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.TestChapter;

/** What an author reads when the content of a file is wrong. */
class ChapterContentValidatorTest {

    private static final String PRACTICE = "chapter/practices/local-security-council.yaml";
    private static final String INITIATIVE = "chapter/initiatives/share-fair.yaml";

    @TempDir
    Path dir;

    TestChapter chapter;

    @BeforeEach
    void writeAChapterThatPasses() throws Exception {
        chapter = TestChapter.in(dir);
    }

    @Test
    void aMistypedReferenceGetsTheSlugItWasMeantFor() {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trusts]
                evidenceLevel: practice-based
                fr: {title: Conseil, summary: Un conseil.}
                """);
        chapter.write(INITIATIVE, """
                kind: event
                organisations: [partners-global]
                practices: [local-securty-council, something-else]
                fr: {title: Foire, summary: Deux jours.}
                """);

        assertThat(messages(chapter)).containsExactlyInAnyOrder(
                PRACTICE + " [themes]: refers to the theme 'dialogue-and-trusts', which the chapter does not define; did you mean 'dialogue-and-trust'?",
                INITIATIVE + " [organisations]: refers to the organisation 'partners-global', which the chapter does not define; "
                        + "did you mean 'partnersglobal'?",
                INITIATIVE + " [practices]: refers to the practice 'local-securty-council', which the chapter does not define; "
                        + "did you mean 'local-security-council'?",
                INITIATIVE + " [practices]: refers to the practice 'something-else', which the chapter does not define");
    }

    @Test
    void aPracticeOrInitiativeSlugAlreadyUsedByAnotherChapterIsRefusedNamingIt() {
        var facts = ContentChecks.withSlugsOf("guinea", Set.of("local-security-council"), Set.of("share-fair"));

        assertThat(ContentChecks.problems(chapter, facts)).extracting(Reason::toString).containsExactlyInAnyOrder(
                PRACTICE + " [slug]: 'local-security-council' is already used by the chapter 'guinea': choose another slug",
                INITIATIVE + " [slug]: 'share-fair' is already used by the chapter 'guinea': choose another slug");
    }

    @Test
    void aChapterMayKeepItsOwnSlugsWhenItIsUpgraded() {
        var facts = ContentChecks.withSlugsOf("sample", Set.of("local-security-council"), Set.of("share-fair"));

        assertThat(ContentChecks.problems(chapter, facts)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\t", "\n"})
    void aPlainTextFieldTakesNoControlCharacter(String control) {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                evidenceLevel: practice-based
                fr: {title: "Conseil%slocal", summary: Un conseil.}
                """.formatted(yamlEscaped(control)));

        assertThat(problems(chapter)).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("content.text.control.plain");
            assertThat(reason.toString()).startsWith(PRACTICE + " [fr.title]: contains the control character U+")
                    .contains("at character 8");
        });
    }

    @Test
    void markdownTakesLineBreaksAndTabsButNoOtherControlCharacter() {
        chapter.write("chapter/practices/local-security-council.fr.md", "## Étapes\n\n-\tréunir\r\n-\técouter\n");
        assertThat(messages(chapter)).isEmpty();

        chapter.write("chapter/practices/local-security-council.fr.md", "## Étapes\n\nréunir\u0000\n");
        assertThat(problems(chapter)).extracting(Reason::code).containsExactly("content.text.control.markdown");
    }

    @Test
    void everyTextFieldOfAnInitiativeIsCheckedAsItsKindDescribesIt() {
        chapter.write(INITIATIVE, """
                kind: event
                fr: {title: Foire, summary: Deux jours., outcomes: "%s"}
                """.formatted("x".repeat(20_001)));

        assertThat(messages(chapter)).containsExactly(INITIATIVE + " [fr.outcomes]: is 20001 characters long; the limit is 20000");
    }

    /** YAML double-quoted escapes, so that the file itself stays plain text. */
    private static String yamlEscaped(String control) {
        return String.format("\\u%04X", (int) control.charAt(0));
    }
}
