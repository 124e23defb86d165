package org.proximite.web.editing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.web.testing.EditorActions.save;
import static org.proximite.web.testing.EditorActions.titleFields;
import static org.proximite.web.testing.LanguageMarks.langOf;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.TextState;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.workflow.OutdatedTranslations;
import org.proximite.web.overview.ContentOverviewView;
import org.proximite.web.practice.PracticeEditorView;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator works on the English text of a practice in the editor: saves a draft while readers
 * keep the published text, sends it to review with a comment, publishes it; looks at its history
 * and restores an old version; sees and clears the fields whose French source changed; finds it all
 * in the content overview.
 */
class TextWorkflowInEditorTest extends BrowserlessUiTest {

    // Each test works on its own practice: the tests of a class share one application.
    private static final String REVIEWED = "local-security-plan";
    private static final String RETURNED = "community-policing-training-curriculum";
    private static final String HISTORY = "police-community-dialogue-forum";
    private static final String OUTDATED = "problem-solving-with-neighbourhood-chiefs";
    private static final String OVERVIEW = "women-participation-in-security";

    @Autowired
    PracticeEditing editing;

    @Autowired
    PracticeQueries practices;

    @Autowired
    OutdatedTranslations outdated;

    @Autowired
    org.proximite.core.workflow.Revisions revisions;

    @Autowired
    org.proximite.core.workflow.ContentOverview overview;

    private static void open(String slug) {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters(slug));
    }

    /** The English column (the editor shows French first, then English). */
    private static Div englishColumn() {
        return _find(Div.class, spec -> spec.withClasses("language-column")).stream()
                .filter(column -> "en".equals(column.getElement().getAttribute("lang"))).findFirst().orElseThrow();
    }

    private static Button englishButton(String className) {
        return _get(englishColumn(), Button.class, spec -> spec.withClasses(className));
    }

    private static String englishReadersNote() {
        return _get(englishColumn(), Paragraph.class, spec -> spec.withClasses("readers-see")).getText();
    }

    @SuppressWarnings("unchecked")
    private static void chooseEnglishState(TextState state) {
        Select<TextState> select = _get(englishColumn(), Select.class, spec -> spec.withClasses("field-state"));
        _setValue(select, state);
    }

    private String readersTitle(String slug) {
        return practices.find(slug, "en", false).orElseThrow().shown().text().title();
    }

    @Test
    void aDraftGoesToReviewWithACommentAndIsPublishedWhileReadersKeepThePublishedTextMeanwhile() {
        String published = readersTitle(REVIEWED);
        open(REVIEWED);
        assertThat(langOf(titleFields().get(1))).as("the English column's text").isEqualTo("en");
        assertThat(langOf(_get(englishColumn(), Select.class, spec -> spec.withClasses("field-state")))).as("the state's words are the page's")
                .isEqualTo("fr");
        _setValue(titleFields().get(1), "Local security plan, second edition");
        chooseEnglishState(TextState.DRAFT);
        save();

        assertThat(readersTitle(REVIEWED)).as("a draft leaves readers the published text").isEqualTo(published);
        assertThat(englishReadersNote()).contains("pas encore publiée");

        assertThat(langOf(englishButton("move-submit"))).as("so are the workflow's").isEqualTo("fr");
        _click(englishButton("move-submit"));
        _setValue(_get(TextArea.class, spec -> spec.withClasses("workflow-comment")), "Please check the second paragraph.");
        _click(_get(Button.class, spec -> spec.withClasses("confirm-move")));
        assertThat(editing.load(REVIEWED).item().texts().get("en").state()).isEqualTo(TextState.IN_REVIEW);

        _click(englishButton("move-publish"));
        assertThat(editing.load(REVIEWED).item().texts().get("en").state()).isEqualTo(TextState.PUBLISHED);
        assertThat(readersTitle(REVIEWED)).isEqualTo("Local security plan, second edition");
        assertThat(englishReadersNote()).startsWith("Les lecteurs voient cette version");
    }

    @Test
    void returningATextNeedsACommentAndWithoutOneNothingChanges() {
        open(RETURNED);
        _setValue(titleFields().get(1), "Training curriculum, for review");
        chooseEnglishState(TextState.IN_REVIEW);
        save();

        _click(englishButton("move-return"));
        _click(_get(Button.class, spec -> spec.withClasses("confirm-move")));

        TextArea comment = _get(TextArea.class, spec -> spec.withClasses("workflow-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).contains("commentaire est obligatoire");
        assertThat(editing.load(RETURNED).item().texts().get("en").state()).isEqualTo(TextState.IN_REVIEW);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHistoryComparesTwoVersionsAndRestoresAnOldOneAsANewDraft() {
        String original = editing.load(HISTORY).item().text("en").title();
        editing.save(Drafts.retitled(editing.load(HISTORY), "en", "Second title"), Drafts.COORDINATOR);
        open(HISTORY);

        _click(englishButton("text-history"));

        Grid<?> list = _get(Grid.class, spec -> spec.withClasses("revisions"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(list)).isEqualTo(revisions.list(ItemKind.PRACTICE, HISTORY, "en").size())
                .isEqualTo(2);
        Div changed = _get(Div.class, spec -> spec.withClasses("compared-field changed"));
        assertThat(_get(changed, Paragraph.class, spec -> spec.withClasses("compared-before")).getText()).isEqualTo(original);
        assertThat(_get(changed, Paragraph.class, spec -> spec.withClasses("compared-after")).getText()).isEqualTo("Second title");
        assertThat(langOf(_get(changed, Paragraph.class, spec -> spec.withClasses("compared-before")))).as("English text on a French page")
                .isEqualTo("en");
        assertThat(langOf(_get(changed, Paragraph.class, spec -> spec.withClasses("compared-after")))).isEqualTo("en");
        assertThat(langOf(_get(changed, com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("compared-label"))))
                .as("the field's name is in the page's language").isNull();

        // The newest version is the text itself: the version before it is restored.
        Button restore = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(list, 1, "restore");
        _click(restore);

        var english = editing.load(HISTORY).item().texts().get("en");
        assertThat(english.text().title()).isEqualTo(original);
        assertThat(english.state()).as("restored as a draft").isEqualTo(TextState.DRAFT);
        assertThat(readersTitle(HISTORY)).as("readers keep the published version").isEqualTo("Second title");
    }

    @Test
    void aChangedFrenchSummaryMarksTheEnglishSummaryUntilItIsConfirmed() {
        var draft = editing.load(OUTDATED);
        editing.save(Drafts.withField(draft, "fr", "summary", "Un résumé entièrement réécrit."), Drafts.COORDINATOR);
        open(OUTDATED);

        assertThat(_get(englishColumn(), Paragraph.class, spec -> spec.withClasses("outdated-note")).getText()).contains("Résumé");
        assertThat(_find(englishColumn(), com.vaadin.flow.component.Component.class, spec -> spec.withClasses("outdated-field"))).isNotEmpty();

        _click(englishButton("confirm-source"));

        assertThat(outdated.fields(ItemKind.PRACTICE, OUTDATED, "en")).isEmpty();
        assertThat(_find(englishColumn(), Paragraph.class, spec -> spec.withClasses("outdated-note"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewShowsEachLanguagesStateAndMovesTheChosenTextsInBulk() {
        var draft = Drafts.retitled(editing.load(OVERVIEW), "en", "A draft title");
        editing.save(draft.withItem(draft.item().withState("en", TextState.DRAFT)), Drafts.COORDINATOR);
        int drafts = overview.completeness(Drafts.COORDINATOR).get("en").get(org.proximite.core.workflow.ContentOverview.CellState.DRAFT);
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(ContentOverviewView.class);

        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("completeness-line lang-en")).getFirst().getText())
                .contains(drafts + " brouillon");
        _setValue(_get(Select.class, spec -> spec.withClasses("filter-language")), "en");
        _setValue(_get(Select.class, spec -> spec.withClasses("filter-state")), org.proximite.core.workflow.ContentOverview.CellState.DRAFT);
        Grid<org.proximite.core.workflow.ContentOverview.Row> grid = _get(Grid.class, spec -> spec.withClasses("overview-grid"));
        var row = java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .mapToObj(index -> com.github.mvysny.kaributesting.v10.GridKt._get(grid, index))
                .filter(shown -> shown.slug().equals(OVERVIEW)).findFirst().orElseThrow();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(drafts);

        grid.select(row);
        _setValue(_get(Select.class, spec -> spec.withClasses("bulk-move")), org.proximite.core.workflow.Transition.SUBMIT);
        _click(_get(Button.class, spec -> spec.withClasses("bulk-apply")));

        assertThat(editing.load(OVERVIEW).item().texts().get("en").state()).isEqualTo(TextState.IN_REVIEW);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).as("one English draft fewer").isEqualTo(drafts - 1);
    }
}
