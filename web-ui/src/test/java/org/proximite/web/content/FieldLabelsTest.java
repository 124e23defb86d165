package org.proximite.web.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;

/** Editors and readers never see a raw key for a text field: every field of every kind has its name. */
class FieldLabelsTest {

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void everyTextFieldOfTheKindHasANameInFrenchAndEnglish(ItemKind kind) {
        for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (TextField field : kind.textFields()) {
                assertThat(bundle.containsKey(FieldLabels.key(kind, field.name())))
                        .as("%s of %s in %s", field.name(), kind, language).isTrue();
            }
        }
    }

    @Test
    void theFieldsEveryKindHasShareTheirNames() {
        assertThat(FieldLabels.key(ItemKind.INITIATIVE, "title")).isEqualTo(FieldLabels.key(ItemKind.PRACTICE, "title"));
        assertThat(FieldLabels.key(ItemKind.INITIATIVE, "outcomes")).isEqualTo("initiative.section.outcomes");
    }
}
