package org.proximite.web.editing;

import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * How long a text may be, shown beside its field instead of letting the browser cut it: a text
 * pasted past the limit stays whole on screen, the field says how long it is and by how much it is
 * too long, and the server refuses it with the same words. Editing the field clears a message the
 * server gave it.
 */
final class LengthLimit {

    /** Past this share of the limit, long fields show their counter too. */
    private static final double NEAR = 0.9;

    private LengthLimit() {}

    /** @param counterAlways show "12 / 200" at every length (short fields), else only near the limit */
    static void on(TextFieldBase<?, String> field, int maxLength, boolean counterAlways) {
        field.setManualValidation(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> show(field, maxLength, counterAlways));
        show(field, maxLength, counterAlways);
    }

    private static void show(TextFieldBase<?, String> field, int maxLength, boolean counterAlways) {
        int length = field.getValue().length();
        boolean tooLong = length > maxLength;
        field.setHelperText(counterAlways || length > maxLength * NEAR ? field.getTranslation("editor.length", length, maxLength) : null);
        field.setErrorMessage(tooLong ? field.getTranslation("validation.tooLong", maxLength, length) : null);
        field.setInvalid(tooLong);
    }
}
