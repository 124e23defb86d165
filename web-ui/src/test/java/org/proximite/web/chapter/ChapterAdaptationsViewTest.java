package org.proximite.web.chapter;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guinea-Bissau's adaptations in the workspace: each one current or outdated, an outdated one with
 * the practice's changed fields then and now beside the adaptation's text, and the "still current"
 * action for those who may edit the chapter. Each test changes a practice of its own: the tests of
 * a class share one application.
 */
class ChapterAdaptationsViewTest extends BrowserlessUiTest {

    private static final String CHAPTER = "guinea-bissau";

    @Autowired
    ChapterAdministration administration;

    @Autowired
    ChapterQueries chapters;

    @Autowired
    PracticeEditing editing;

    @BeforeEach
    void installGuineaBissau() throws Exception {
        if (chapters.list("fr").stream().noneMatch(chapter -> chapter.id().equals(CHAPTER))) {
            byte[] example = getClass().getResourceAsStream("/shipped-chapters/guinea-bissau.jar").readAllBytes();
            administration.apply(administration.prepare("guinea-bissau.jar", example, Drafts.ADMIN).id(), Answers.none(), Drafts.ADMIN);
        }
    }

    /** A coordinator publishes a new value of one field of one language of a Guinea practice. */
    private void publishChange(String slug, String language, String field, String value) {
        editing.save(Drafts.withField(editing.load(slug), language, field, value), Drafts.COORDINATOR);
    }

    private static void open() {
        UI.getCurrent().navigate(ChapterAdaptationsView.class, ChapterAdaptationsView.parameters(CHAPTER));
    }

    private static Section card(String slug, String language) {
        return _find(Section.class, spec -> spec.withClasses("adaptation-status")).stream()
                .filter(section -> slug.equals(section.getElement().getAttribute("data-practice"))
                        && language.equals(section.getElement().getAttribute("data-language")))
                .findFirst().orElseThrow(() -> new AssertionError("no adaptation of " + slug + " in " + language));
    }

    @Test
    void anOutdatedAdaptationShowsWhatChangedBesideItsTextAndItsEditorConfirmsItStillHolds() {
        String slug = "local-security-council";
        publishChange(slug, "fr", "context", "Fonctionne à l’échelle du quartier, avec les chefs de quartier.");
        signInWithScopes("nuno", Set.of(CHAPTER), Set.of(), "COUNTRY_EDITOR");

        open();

        assertThat(card(slug, "en").getClassNames()).as("the English text did not change").contains("current");
        Section portuguese = card(slug, "pt");
        assertThat(portuguese.getClassNames()).as("Portuguese stands on Guinea's French text").contains("outdated");
        assertThat(_get(portuguese, Paragraph.class, spec -> spec.withClasses("adaptation-changed-fields")).getText()).contains("Contexte");
        Div changed = _get(portuguese, Div.class, spec -> spec.withClasses("adaptation-compared changed"));
        assertThat(changed.getElement().getAttribute("data-field")).isEqualTo("context");
        assertThat(_get(changed, Paragraph.class, spec -> spec.withClasses("compared-before")).getText()).startsWith("Fonctionne à l’échelle d’une commune");
        assertThat(_get(changed, Paragraph.class, spec -> spec.withClasses("compared-after")).getText())
                .isEqualTo("Fonctionne à l’échelle du quartier, avec les chefs de quartier.");
        assertThat(_get(changed, Paragraph.class, spec -> spec.withClasses("compared-adaptation")).getText())
                .as("the adaptation's own Portuguese context, beside them").startsWith("Funciona à escala de um bairro");

        _click(_get(portuguese, Button.class, spec -> spec.withClasses("confirm-adaptation")));

        assertThat(NotificationsKt.getNotifications()).anySatisfy(notification -> {
            assertThat(notification.getThemeNames()).contains(NotificationVariant.SUCCESS.getVariantName());
            assertThat(com.github.mvysny.kaributools.NotificationsKt.getText(notification)).contains("portugais");
        });
        assertThat(card(slug, "pt").getClassNames()).contains("current");
        assertThat(_get(card(slug, "pt"), Paragraph.class, spec -> spec.withClasses("adaptation-reviewed")).getText()).contains("nuno");
        assertThat(card(slug, "fr").getClassNames()).as("each language is confirmed on its own").contains("outdated");
    }

    @Test
    void onlyThoseWhoMayEditTheChapterAreOfferedToConfirm() {
        String slug = "police-community-dialogue-forum";
        publishChange(slug, "fr", "summary", "Un forum régulier où police et habitants se parlent.");

        signInWithScopes("mariama", Set.of("guinea"), Set.of(), "COUNTRY_EDITOR");
        open();
        Section outdated = _find(Section.class, spec -> spec.withClasses("adaptation-status outdated")).stream()
                .filter(section -> slug.equals(section.getElement().getAttribute("data-practice"))).findFirst().orElseThrow();
        assertThat(_find(outdated, Button.class, spec -> spec.withClasses("confirm-adaptation")))
                .as("a country editor of Guinea sees it, but may not confirm Guinea-Bissau's adaptation").isEmpty();

        newSession();
        signInAs("coordinator", "COORDINATOR");
        open();
        _click(_get(card(slug, "fr"), Button.class, spec -> spec.withClasses("confirm-adaptation")));
        assertThat(card(slug, "fr").getClassNames()).as("coordinators edit every chapter").contains("current");
    }

    @Test
    void theChapterPageLinksToItsAdaptationsWithHowManyAreOutdated() {
        publishChange("women-participation-in-security", "fr", "title", "La participation des femmes à la sécurité locale");
        signInAs("translator", "TRANSLATOR");

        UI.getCurrent().navigate(ChapterView.class, ChapterView.parameters(CHAPTER));

        RouterLink follow = _get(RouterLink.class, spec -> spec.withClasses("follow-adaptations"));
        assertThat(follow.getHref()).isEqualTo("workspace/chapters/guinea-bissau/adaptations");
        assertThat(follow.getText()).containsPattern("\\d+ périmées|une périmée");

        newSession();
        signInAs("viewer");
        UI.getCurrent().navigate(ChapterView.class, ChapterView.parameters(CHAPTER));
        assertThat(_find(RouterLink.class, spec -> spec.withClasses("follow-adaptations"))).as("readers without a role").isEmpty();
    }

    @Test
    void theContentOverviewNamesTheChaptersWhoseAdaptationsAreOutdated() {
        publishChange("culture-and-sport-for-trust", "fr", "summary", "Le sport et la culture rapprochent police et habitants.");
        signInAs("coordinator", "COORDINATOR");

        UI.getCurrent().navigate(org.proximite.web.overview.ContentOverviewView.class);

        RouterLink link = _get(RouterLink.class, spec -> spec.withClasses("outdated-adaptations-link"));
        assertThat(link.getHref()).isEqualTo("workspace/chapters/guinea-bissau/adaptations");
        assertThat(link.getText()).matches("guinea-bissau \\(\\d+\\)");
    }

    @Test
    void onlyTheOutdatedOnesCanBeShown() {
        publishChange("youth-leaders-engagement", "en", "implementation", "1. Map youth groups.\n2. Invite their leaders.");
        signInAs("coordinator", "COORDINATOR");
        open();
        int all = _find(Section.class, spec -> spec.withClasses("adaptation-status")).size();

        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withClasses("only-outdated")).setValue(true);

        List<Section> shown = _find(Section.class, spec -> spec.withClasses("adaptation-status"));
        assertThat(shown).isNotEmpty().hasSizeLessThan(all).allSatisfy(section -> assertThat(section.getClassNames()).contains("outdated"));
    }
}
