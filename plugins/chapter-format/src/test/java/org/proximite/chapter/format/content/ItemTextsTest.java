package org.proximite.chapter.format.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;

/** The fields each item kind describes are the texts the chapter SDK carries: one description, no second list. */
class ItemTextsTest {

    @Test
    void aPracticesTextFieldsAreTheTextsOfTheSdkRecord() {
        assertThat(names(PracticeText.class)).containsExactlyElementsOf(ItemKind.PRACTICE.textFields().stream().map(TextField::name).toList());
    }

    @Test
    void anInitiativesTextFieldsAreTheTextsOfTheSdkRecord() {
        assertThat(names(InitiativeText.class)).containsExactlyElementsOf(ItemKind.INITIATIVE.textFields().stream().map(TextField::name).toList());
    }

    private static java.util.List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
