package org.proximite.web.editing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.web.testing.EditorActions.save;
import static org.proximite.web.testing.EditorActions.titleFields;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proximite.core.content.ContentResources;
import org.proximite.core.content.Resource;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.web.initiative.InitiativeEditorView;
import org.proximite.web.practice.PracticeEditorView;
import org.proximite.web.testing.BrowserCalls;
import org.proximite.web.testing.Drafts;
import org.proximite.web.testing.BrowserlessUiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the editor writes beside texts, read back from the database through the core: a
 * practice's tools and resources and related practices (chosen by title), an initiative's
 * organisations (chosen by name). A refused save brings the first wrong field into view; a text
 * nearing its limit says so before it is reached.
 */
class EditorPartsTest extends BrowserlessUiTest {

    // Each test works on its own item: the tests of a class share one application.
    private static final String RESOURCES = "local-security-assessment";
    private static final String RELATED = "women-participation-in-security";
    private static final String REFUSED = "share-fair-peer-learning";
    private static final String COUNTED = "culture-and-sport-for-trust";
    private static final String INITIATIVE = "police-citizen-football-match";

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeQueries practiceQueries;

    @Autowired
    InitiativeEditing initiatives;

    private static void openPractice(String slug) {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters(slug));
    }

    private static TextField last(String className) {
        return _find(TextField.class, spec -> spec.withClasses(className)).getLast();
    }

    @Test
    @SuppressWarnings("unchecked")
    void resourcesAreAddedWithATitleAndAnAddressSavedAndRemoved() {
        openPractice(RESOURCES);
        assertThat(practices.load(RESOURCES).item().resources()).isEmpty();

        _click(_get(Button.class, spec -> spec.withClasses("add-resource")));
        _setValue(last("resource-title"), "Modèle de diagnostic");
        _setValue(last("resource-url"), "https://example.org/diagnostic.pdf");
        _click(_get(Button.class, spec -> spec.withClasses("add-resource")));
        _setValue(last("resource-title"), "Assessment template");
        _setValue(last("resource-url"), "http://example.org/assessment.pdf");
        _setValue(_find(Select.class, spec -> spec.withClasses("resource-language")).getLast(), "en");
        save();

        assertThat(practices.load(RESOURCES).item().resources()).containsExactly(
                new Resource(ContentResources.LINK, null, "Modèle de diagnostic", "https://example.org/diagnostic.pdf"),
                new Resource(ContentResources.LINK, "en", "Assessment template", "http://example.org/assessment.pdf"));
        assertThat(_find(TextField.class, spec -> spec.withClasses("resource-title"))).as("the editor stays on what was saved").hasSize(2);

        _click(_find(Button.class, spec -> spec.withClasses("remove-resource")).getFirst());
        save();

        assertThat(practices.load(RESOURCES).item().resources()).containsExactly(
                new Resource(ContentResources.LINK, "en", "Assessment template", "http://example.org/assessment.pdf"));
    }

    @Test
    void aFoldedSectionsFieldIsMadeWhenTheSectionIsOpened() {
        openPractice("local-security-council");
        MarkdownField body = _find(MarkdownField.class, spec -> spec.withClasses("field-body")).getFirst();
        MarkdownSection section = _find(MarkdownSection.class, spec -> spec.withClasses("section-effect")).getFirst();
        assertThat(previewOf(body)).startsWith("<div class=\"markdown\">");
        assertThat(section.getValue()).isNotBlank();
        assertThat(_find(MarkdownField.class, spec -> spec.withClasses("field-effect"))).as("folded, not looked at yet").isEmpty();

        section.getContent().setOpened(true);

        MarkdownField effect = _find(MarkdownField.class, spec -> spec.withClasses("field-effect")).getFirst();
        assertThat(effect.getValue()).isEqualTo(section.getValue());
        assertThat(previewOf(effect)).startsWith("<div class=\"markdown\">").contains("<p>");
        _setValue(effect.textArea(), "Un **effet** mesuré.");
        assertThat(previewOf(effect)).startsWith("<div class=\"markdown\"><p>Un <strong>effet</strong>");
    }

    @Test
    void aProblemInASectionNobodyOpenedMakesItsFieldAndOpensIt() {
        openPractice("local-security-council");
        MarkdownSection section = _find(MarkdownSection.class, spec -> spec.withClasses("section-cost")).getFirst();
        FieldErrors errors = new FieldErrors();
        errors.register("fr.cost", section);

        errors.show(section, java.util.List.of(new org.proximite.core.editing.FieldProblem("fr.cost", "validation.tooLong", 200, 201)));
        errors.focusFirstInvalid();

        assertThat(section.getContent().isOpened()).isTrue();
        assertThat(section.field().textArea().isInvalid()).isTrue();
        assertThat(section.field().textArea().getErrorMessage()).isEqualTo("Trop long : 201 caractères, 200 au plus.");
    }

    private static String previewOf(MarkdownField field) {
        return _get(field, com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("markdown-preview")).getElement()
                .getProperty("innerHTML");
    }

    @Test
    void aPracticeOfferedInAnotherLanguageThanTheEditorsIsMarkedWithIt() {
        practices.save(Drafts.frenchPractice("ronde-a-choisir", java.util.List.of(), "Ronde de quartier", "Marcher ensemble le soir."),
                Drafts.COORDINATOR);
        signInAs("coordinator", "COORDINATOR");
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters(RELATED));

        PracticePicker related = _get(PracticePicker.class, spec -> spec.withClasses("field-related"));
        assertThat(related.titleOf("ronde-a-choisir")).isEqualTo("Ronde de quartier");
        assertThat(related.languageOf("ronde-a-choisir")).as("only written in French, offered to an English editor").isEqualTo("fr");
        assertThat(related.titleOf("local-security-council")).isEqualTo("Community safety and crime prevention council");
        assertThat(related.languageOf("local-security-council")).isEqualTo("en");
    }

    @Test
    @SuppressWarnings("unchecked")
    void relatedPracticesAreChosenByTitleAmongTheOthersSavedAndRemoved() {
        openPractice(RELATED);
        MultiSelectComboBox<String> related = _get(MultiSelectComboBox.class, spec -> spec.withClasses("field-related"));
        assertThat(related.getListDataView().getItems().toList()).as("every other practice").contains("local-security-council")
                .doesNotContain(RELATED);
        assertThat(related.getItemLabelGenerator().apply("local-security-council"))
                .isEqualTo(practiceQueries.find("local-security-council", "fr", true).orElseThrow().shown().text().title());

        _setValue(related, Set.of("local-security-council", "youth-leaders-engagement"));
        save();
        assertThat(practices.load(RELATED).item().relatedSlugs()).containsExactly("local-security-council", "youth-leaders-engagement");

        related = _get(MultiSelectComboBox.class, spec -> spec.withClasses("field-related"));
        _setValue(related, Set.of("youth-leaders-engagement"));
        save();
        assertThat(practices.load(RELATED).item().relatedSlugs()).containsExactly("youth-leaders-engagement");
        assertThat(practiceQueries.find(RELATED, "fr", false).orElseThrow().related()).extracting(link -> link.slug())
                .containsExactly("youth-leaders-engagement");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInitiativesOrganisationsAreChosenByNameSavedAndRemoved() {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(InitiativeEditorView.class, InitiativeEditorView.parameters(INITIATIVE));
        MultiSelectComboBox<String> organisations = _get(MultiSelectComboBox.class, spec -> spec.withClasses("field-organisations"));
        assertThat(organisations.getValue()).containsExactlyInAnyOrder("partnersglobal", "coginta", "cecide", "guinea-national-police");
        assertThat(organisations.getItemLabelGenerator().apply("guinea-national-police")).isEqualTo("Police nationale guinéenne");

        _setValue(organisations, Set.of("inl", "partnersglobal"));
        save();
        assertThat(initiatives.load(INITIATIVE).organisationSlugs()).containsExactly("inl", "partnersglobal");

        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withClasses("field-organisations")), Set.of());
        save();
        assertThat(initiatives.load(INITIATIVE).organisationSlugs()).isEmpty();
    }

    @Test
    void aRefusedSaveBringsTheFirstWrongFieldIntoViewAndFocusesIt() {
        var resourcesBefore = practices.load(REFUSED).item().resources();
        openPractice(REFUSED);
        assertThat(_find(TextField.class, spec -> spec.withClasses("resource-title"))).as("the chapter's own resource").hasSize(1);
        _click(_get(Button.class, spec -> spec.withClasses("add-resource")));
        _setValue(last("resource-title"), "Un lien");
        TextField url = last("resource-url");
        _setValue(url, "javascript:alert(1)");
        assertThat(url.isInvalid()).as("marked as it is typed").isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("Une adresse web commençant par https:// ou http://.");
        _setValue(titleFields().get(0), "");

        try (BrowserCalls browser = BrowserCalls.record()) {
            save();

            TextField refused = last("resource-url");
            assertThat(refused.isInvalid()).isTrue();
            assertThat(titleFields().get(0).isInvalid()).as("the French title, further down, is marked too").isTrue();
            assertThat(browser.scrolledIntoView(refused)).isTrue();
            assertThat(browser.focused(refused)).isTrue();
            assertThat(browser.focused(titleFields().get(0))).isFalse();
        }
        assertThat(practices.load(REFUSED).item().resources()).as("nothing saved").isEqualTo(resourcesBefore);
    }

    @Test
    void aTextNearingItsLimitSaysHowMuchIsLeftBeforeItIsReached() {
        openPractice(COUNTED);
        TextField french = titleFields().get(0);

        _setValue(french, "A".repeat(150));
        assertThat(french.getHelperText()).isEqualTo("150 / 200 caractères");
        assertThat(french.hasClassName(LengthLimit.NEAR_CLASS)).isFalse();

        _setValue(french, "A".repeat(190));
        assertThat(french.getHelperText()).isEqualTo("190 / 200 caractères : plus que 10 avant la limite");
        assertThat(french.hasClassName(LengthLimit.NEAR_CLASS)).isTrue();
        assertThat(french.isInvalid()).isFalse();

        _setValue(french, "A".repeat(200));
        assertThat(french.getHelperText()).isEqualTo("200 / 200 caractères : la limite est atteinte");
        assertThat(french.getValue()).hasSize(200);

        TextArea cost = _find(MarkdownSection.class, spec -> spec.withClasses("section-cost")).getFirst().field().textArea();
        _setValue(cost, "x".repeat(100));
        assertThat(cost.getHelperText()).as("a long text shows no counter far from its limit").isNull();
        _setValue(cost, "x".repeat(19_995));
        assertThat(cost.getHelperText()).endsWith("caractères : plus que 5 avant la limite");
        assertThat(cost.hasClassName(LengthLimit.NEAR_CLASS)).isTrue();
    }

    @Test
    void longFieldsBesideTextsAreNotCutByTheBrowser() {
        openPractice(COUNTED);
        TextField slug = _get(TextField.class, spec -> spec.withClasses("field-slug"));
        assertThat(slug.getMaxLength()).isZero();
        _click(_get(Button.class, spec -> spec.withClasses("add-resource")));
        assertThat(last("resource-title").getMaxLength()).isZero();
        assertThat(last("resource-url").getMaxLength()).isZero();
        assertThat(slug.getHelperText()).as("the address's own help, until it nears its limit").startsWith("Minuscules, chiffres et tirets");
    }
}
