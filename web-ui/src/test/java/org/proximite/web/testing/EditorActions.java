package org.proximite.web.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** What a coordinator does in the item editor, whatever the kind, as browser-less tests do it. */
public final class EditorActions {

    private EditorActions() {}

    /** The title of each language column, in the order the editor shows them (French, English, …). */
    public static List<TextField> titleFields() {
        return _find(TextField.class, spec -> spec.withClasses("field-title"));
    }

    public static void save() {
        _click(_get(Button.class, spec -> spec.withClasses("save-button")));
    }

    public static void cancel() {
        _click(_get(Button.class, spec -> spec.withClasses("cancel-button")));
    }
}
