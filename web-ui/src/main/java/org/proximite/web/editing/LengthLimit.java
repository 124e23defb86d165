package org.proximite.web.editing;

import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * How long a text may be, shown beside its field instead of letting the browser cut it: as a text
 * nears its limit, the field says how many characters are left; one pasted past the limit stays
 * whole on screen, the field says how long it is and by how much it is too long, and the server
 * refuses it with the same words. Editing the field clears a message the server gave it.
 */
public final class LengthLimit {

    /** Past this share of the limit, every field shows its counter and how much is left. */
    static final double NEAR = 0.9;

    /** The class of a field whose text nears its limit, for its counter's colour. */
    static final String NEAR_CLASS = "near-limit";

    private LengthLimit() {}

    /**
     * @param counterAlways show "12 / 200" at every length (short fields), else only near the limit, the field's own help
     *     (set before) showing otherwise
     */
    public static void on(TextFieldBase<?, String> field, int maxLength, boolean counterAlways) {
        String help = field.getHelperText();
        field.setManualValidation(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> show(field, maxLength, counterAlways, help));
        show(field, maxLength, counterAlways, help);
    }

    private static void show(TextFieldBase<?, String> field, int maxLength, boolean counterAlways, String help) {
        int length = field.getValue().length();
        boolean tooLong = length > maxLength;
        boolean near = !tooLong && length > maxLength * NEAR;
        String helper;
        if (near) {
            helper = field.getTranslation(length == maxLength ? "editor.length.full" : "editor.length.near", length, maxLength, maxLength - length);
        } else if (counterAlways || tooLong) {
            helper = field.getTranslation("editor.length", length, maxLength);
        } else {
            helper = help;
        }
        field.setHelperText(helper);
        field.setClassName(NEAR_CLASS, near);
        field.setErrorMessage(tooLong ? field.getTranslation("validation.tooLong", maxLength, length) : null);
        field.setInvalid(tooLong);
    }
}
