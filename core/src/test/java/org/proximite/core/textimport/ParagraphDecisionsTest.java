package org.proximite.core.textimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proximite.core.textimport.ParagraphDecision.Choice;
import org.proximite.core.textimport.reading.ImportFormat;
import org.proximite.core.textimport.reading.IncomingText;

/**
 * The editor's decisions on the seed's twelve paragraphs: accepted, refused (left out) or
 * written by hand; one that cannot be applied is refused with its code and parameters.
 */
class ParagraphDecisionsTest {

    private static ImportPreview preview;

    @BeforeAll
    static void readSeed() {
        preview = PreviewReader.read(IncomingText.decode(TextImportFixtures.seed()), ImportFormat.TEXT);
    }

    @Test
    void eachParagraphIsAcceptedAsRepairedUnlessDecidedOtherwise() {
        List<ImportedParagraph> decided = ParagraphDecisions.apply(preview, List.of(
                new ParagraphDecision(1, Choice.REFUSE, null, null),
                new ParagraphDecision(2, Choice.EDIT, "The <i>fair</i>, rewritten<style>p{}</style>", null),
                new ParagraphDecision(6, Choice.ACCEPT, null, "en")));

        assertThat(decided).hasSize(12);
        assertThat(decided.get(0).refused()).isTrue();
        assertThat(decided.get(0).asKept()).as("taken back, as it was").isEqualTo(preview.paragraphs().get(0));
        assertThat(decided.get(1).text()).isEqualTo("The *fair*, rewritten");
        assertThat(decided.get(1).editedByHand()).isTrue();
        assertThat(decided.get(5).language()).isEqualTo("en");
        assertThat(decided.subList(2, 12)).isEqualTo(preview.paragraphs().subList(2, 12).stream()
                .map(paragraph -> paragraph == preview.paragraphs().get(5) ? paragraph.withLanguage("en") : paragraph).toList());
    }

    @Test
    void aDecisionThatCannotBeAppliedIsRefusedWithItsCodeAndParameters() {
        assertRefused(new ParagraphDecision(13, Choice.ACCEPT, null, null), DecisionRefusedException.NO_SUCH_PARAGRAPH, 13, 12);
        assertRefused(new ParagraphDecision(0, Choice.REFUSE, null, null), DecisionRefusedException.NO_SUCH_PARAGRAPH, 0, 12);
        assertRefused(new ParagraphDecision(2, Choice.EDIT, "  \n ", null), DecisionRefusedException.EMPTY_EDIT, 2);
        assertRefused(new ParagraphDecision(2, Choice.EDIT, null, null), DecisionRefusedException.EMPTY_EDIT, 2);
        assertRefused(new ParagraphDecision(2, Choice.EDIT, "<script>alert(1)</script>", null), DecisionRefusedException.EMPTY_EDIT, 2);
        assertRefused(new ParagraphDecision(2, Choice.EDIT, "a".repeat(100_001), null), DecisionRefusedException.TOO_LONG, 2, 100_001, 100_000);
        assertRefused(new ParagraphDecision(3, Choice.ACCEPT, "Un texte", null), DecisionRefusedException.TEXT_WITHOUT_EDIT, 3);
        assertThatThrownBy(() -> ParagraphDecisions.apply(preview, List.of(new ParagraphDecision(4, Choice.ACCEPT, null, null),
                new ParagraphDecision(4, Choice.REFUSE, null, null))))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(DecisionRefusedException.TWICE);
                    assertThat(e.arguments()).containsExactly(4);
                });
    }

    private static void assertRefused(ParagraphDecision decision, String code, Object... arguments) {
        assertThatThrownBy(() -> ParagraphDecisions.apply(preview, List.of(decision)))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }
}
