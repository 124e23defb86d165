package org.proximite.chapter.format.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.chapter.format.content.ContentChecks.messages;
import static org.proximite.chapter.format.content.ContentChecks.problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.TestChapter;

/** What an author reads when a file of the chapter cannot be read as it is. */
class ChapterContentReaderTest {

    private static final String PRACTICE = "chapter/practices/local-security-council.yaml";

    @TempDir
    Path dir;

    TestChapter chapter;

    @BeforeEach
    void writeAChapterThatPasses() throws Exception {
        chapter = TestChapter.in(dir);
        assertThat(messages(chapter)).isEmpty();
    }

    @Test
    void aYamlErrorSaysWhereAndNothingElseAboutThatFile() {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                evidenceLevel: practice-based
                fr:
                  title: "Conseil local
                  summary: "Un conseil."
                en: {title: Council, summary: A council.}
                """);

        assertThat(messages(chapter)).singleElement().asString()
                .startsWith(PRACTICE + ": is not valid YAML at line 5, column 13:");
    }

    @Test
    void aDuplicateKeyIsAYamlErrorWithItsPlace() {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                evidenceLevel: practice-based
                evidenceLevel: monitored
                fr: {title: Conseil, summary: Un conseil.}
                """);

        assertThat(problems(chapter)).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("content.yaml.invalid.at");
            assertThat(reason.toString()).contains("line 3, column 1").contains("duplicate key evidenceLevel");
        });
    }

    @Test
    void aByteThatIsNotUtf8IsShownByLineAndColumn() {
        byte[] latin1 = "themes: [dialogue-and-trust]\nevidenceLevel: practice-based\nfr: {title: Conseil de sécurité, summary: Un conseil.}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        chapter.write(PRACTICE, latin1);

        assertThat(messages(chapter)).singleElement().asString()
                .isEqualTo(PRACTICE + ": is not UTF-8 text: line 3, column 25 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkIsNotText() {
        chapter.write(PRACTICE, "\uFEFF" + """
                themes: [dialogue-and-trust]
                evidenceLevel: practice-based
                fr: {title: Conseil, summary: Un conseil.}
                """);

        assertThat(messages(chapter)).isEmpty();
    }

    @Test
    void aTextBlockInALanguageTheChapterDoesNotDeclareIsRefusedAsUndeclared() {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                evidenceLevel: practice-based
                fr: {title: Conseil, summary: Un conseil.}
                xx-zz: {title: Council, summary: A council.}
                """);

        assertThat(problems(chapter)).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("content.language.undeclared");
            assertThat(reason.toString()).isEqualTo(PRACTICE + " [xx-zz]: 'xx-zz' is not declared: it is not among the chapter's "
                    + "languages [fr, en]; add it to languages in chapter/chapter.yaml, or remove this text");
            assertThat(reason.message(Locale.FRENCH)).contains("« xx-zz » n'est pas déclarée");
        });
    }

    @Test
    void aBodyInALanguageTheChapterDoesNotDeclareIsRefusedAsUndeclared() {
        chapter.write("chapter/practices/local-security-council.xx-zz.md", "# Body\n");

        assertThat(problems(chapter)).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("content.language.undeclared");
            assertThat(reason.toString()).startsWith("chapter/practices/local-security-council.xx-zz.md: 'xx-zz' is not declared");
        });
    }

    @Test
    void aBodyWithoutTheTextsOfItsLanguageOrWithoutItsItemIsNotDroppedSilently() {
        chapter.write("chapter/practices/local-security-council.en.md", "# Body\n");
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                evidenceLevel: practice-based
                fr: {title: Conseil, summary: Un conseil.}
                """);
        chapter.write("chapter/practices/local-security-counsil.fr.md", "# Body\n");

        assertThat(messages(chapter)).containsExactlyInAnyOrder(
                "chapter/practices/local-security-counsil.fr.md: is a body without its item: there is no chapter/practices/local-security-counsil.yaml",
                "chapter/practices/local-security-council.en.md: is a body in 'en', but " + PRACTICE
                        + " has no en: block with the title and summary in that language");
    }

    @Test
    void aMisspeltFieldIsReportedWithTheFieldMeant() {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                evidenceLevel: practice-based
                fr: {title: Conseil, sumary: Un conseil.}
                """);

        assertThat(messages(chapter)).containsExactlyInAnyOrder(
                PRACTICE + " [fr.summary]: is required",
                PRACTICE + " [fr.sumary]: is not a field here; did you mean 'summary'?");
    }

    @Test
    void aMalformedLanguageBlockIsTheOneProblemEvenWithABody() {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                evidenceLevel: practice-based
                fr: "Conseil local de sécurité"
                """);

        assertThat(messages(chapter)).containsExactly(PRACTICE + " [fr]: expected a mapping of fields");
    }

    @Test
    void aMissingDescriptorIsTheOneProblem() throws Exception {
        chapter.delete("chapter/chapter.yaml");

        assertThat(problems(chapter)).extracting(Reason::code).containsExactly("content.file.missing");
    }

    @Test
    void aBrokenDescriptorDoesNotMakeEveryTextLookUndeclared() {
        chapter.write("chapter/chapter.yaml", "id: sample\nlanguages: [fr, en\n");

        assertThat(problems(chapter)).extracting(Reason::code).containsExactly("content.yaml.invalid.at");
    }
}
