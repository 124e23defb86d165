package org.proximite.web.chapter;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.BrowserlessUiTest;

/** Readers open a chapter: its description and its pages about the country. */
class ChapterViewTest extends BrowserlessUiTest {

    @Test
    void showsTheGuineaChapterWithItsPageAboutTheProject() {
        UI.getCurrent().navigate(ChapterView.class, ChapterView.parameters("guinea"));

        assertThat(_get(H1.class).getText()).isEqualTo("Guinée — Partenaires pour la sécurité");
        assertThat(_find(Section.class, spec -> spec.withClasses("context-page"))).singleElement()
                .satisfies(section -> assertThat(section.getElement().getTextRecursively()).contains("Partenaires pour la sécurité en Guinée"));
    }

    @Test
    void anUnknownChapterSaysSo() {
        UI.getCurrent().navigate(ChapterView.class, ChapterView.parameters("atlantis"));

        assertThat(_get(H1.class).getText()).isEqualTo("Chapitre introuvable");
    }
}
