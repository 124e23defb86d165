package org.proximite.web.textimport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proximite.web.chapter.ChapterAdministration;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.ShippedChapters;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator is checking an import when an admin installs a chapter that brings Portuguese: each
 * paragraph's language choice offers it at once, without a reload, and the languages chosen, the
 * text pasted and a paragraph rewritten by hand stay. A language chosen for a paragraph that the
 * guide no longer offers stays chosen, and the paragraph says so.
 */
class ImportFollowsTheLanguagesTest extends BrowserlessUiTest {

    private static final String PASTED = """
            La police de proximité travaille avec les habitants du quartier pour prévenir la délinquance et renforcer la confiance.

            Community policing works with the residents of the neighbourhood to prevent crime and to build trust.
            """;

    @Autowired
    ChapterAdministration administration;

    private static List<ParagraphCard> openWithPastedText() {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(ImportView.class);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("import-paste")), PASTED);
        _click(_get(Button.class, spec -> spec.withClasses("import-preview")));
        List<ParagraphCard> cards = _find(ParagraphCard.class);
        assertThat(cards).hasSize(2);
        return cards;
    }

    @Test
    void aLanguageAChapterBringsCanBeChosenForEachOpenParagraphAndWhatWasChosenAndWrittenStays() throws Exception {
        List<ParagraphCard> cards = openWithPastedText();
        ImportView view = _get(ImportView.class);
        assertThat(cards.get(0).language().getListDataView().getItems()).doesNotContain("pt");
        _setValue(cards.get(0).language(), "en");
        _click(_get(cards.get(1), Button.class, spec -> spec.withClasses("import-edit")));
        _setValue(_get(cards.get(1), TextArea.class, spec -> spec.withClasses("import-edit-text")), "Written again by hand.");
        _click(_get(cards.get(1), Button.class, spec -> spec.withClasses("import-edit-keep")));

        ShippedChapters.installGuineaBissau(administration);

        // The page is not reloaded: the open import is told through the outbox, UI.access and push.
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return cards.stream().allMatch(card -> card.language().getListDataView().getItems().anyMatch("pt"::equals));
        });
        assertThat(_get(ImportView.class)).as("the same page, not a new one").isSameAs(view);
        assertThat(_find(ParagraphCard.class)).as("the same paragraphs").containsExactlyElementsOf(cards);
        assertThat(cards.get(0).language().getValue()).as("the language chosen stays chosen").isEqualTo("en");
        assertThat(cards.get(1).language().getValue()).isEqualTo("en");
        assertThat(cards.get(0).language().getListDataView().getItems()).containsSubsequence("fr", "en", "pt", ParagraphCard.UNKNOWN);
        assertThat(cards.get(1).accepted().text()).as("the paragraph written by hand stays").isEqualTo("Written again by hand.");
        assertThat(_get(TextArea.class, spec -> spec.withClasses("import-paste")).getValue()).as("the pasted text stays").isEqualTo(PASTED);
        assertThat(cards).allSatisfy(card -> assertThat(card.languageProblem()).isNull());
    }

    @Test
    void aParagraphWhoseLanguageTheGuideNoLongerOffersKeepsItAndSaysSo() {
        List<ParagraphCard> cards = openWithPastedText();
        ParagraphCard english = cards.get(1);
        assertThat(english.language().getValue()).isEqualTo("en");
        Map<String, String> withoutEnglish = new LinkedHashMap<>(Map.of("fr", "Français"));

        english.offer(withoutEnglish);

        assertThat(english.language().getValue()).as("not silently dropped").isEqualTo("en");
        assertThat(english.language().getItemLabelGenerator().apply("en")).as("still shown under its name").isEqualTo("English");
        assertThat(english.language().isInvalid()).isTrue();
        assertThat(english.languageProblem()).isEqualTo(
                "Le guide n’a plus la langue English : choisissez une autre langue pour ce paragraphe, sinon le brouillon sera refusé.");
        assertThat(cards.get(0).languageProblem()).as("a paragraph in a language the guide still has says nothing").isNull();

        english.offer(withoutEnglish);
        assertThat(english.languageProblem()).as("said again while it lasts").isNotNull();

        _setValue(english.language(), "fr");
        assertThat(english.languageProblem()).as("another language chosen: nothing more to say").isNull();
        english.offer(withoutEnglish);
        assertThat(english.language().getListDataView().getItems()).as("a language left behind goes once no paragraph holds it")
                .containsExactly("fr", ParagraphCard.UNKNOWN);
    }
}
