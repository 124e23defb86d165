package org.proximite.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.core.editing.FieldProblem;

class PracticeDraftValidatorTest {

    private static PracticeDraft draft(String slug, Map<String, PracticeText> texts) {
        return new PracticeDraft(null, slug, 0, null, "fr", EvidenceLevel.PRACTICE_BASED, ContentStatus.DRAFT, List.of(), texts);
    }

    private static PracticeText text(String title, String summary) {
        return new PracticeText(title, summary, null, null, null, null, null, null);
    }

    @Test
    void acceptsAPracticeWithADefaultLanguageText() {
        assertThat(PracticeDraftValidator.problems(draft("forum-de-quartier", Map.of("fr", text("Forum", "Un forum."))))).isEmpty();
    }

    @Test
    void namesEachMissingFieldWithItsLanguage() {
        var problems = PracticeDraftValidator.problems(draft("", Map.of("fr", text("", "Résumé"), "en", text("Forum", ""))));
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("slug", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("fr.title", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("en.summary", "validation.required"));
    }

    @Test
    void refusesMalformedSlugsOverLongTitlesAndGarbledText() {
        var problems = PracticeDraftValidator.problems(draft("Forum Quartier!", Map.of(
                "fr", text("x".repeat(201), "Ces journĂ©es"))));
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("slug", "validation.slug"),
                org.assertj.core.groups.Tuple.tuple("fr.title", "validation.tooLong"),
                org.assertj.core.groups.Tuple.tuple("fr.summary", "validation.garbled"));
    }

    @Test
    void requiresTheDefaultLanguage() {
        var problems = PracticeDraftValidator.problems(draft("forum", Map.of("en", text("Forum", "A forum."))));
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("validation.defaultLanguageRequired");
    }
}
