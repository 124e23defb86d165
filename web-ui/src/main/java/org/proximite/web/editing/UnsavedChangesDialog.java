package org.proximite.web.editing;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks an editor who leaves with unsaved changes whether to lose them; staying is the easy way out. */
class UnsavedChangesDialog extends ConfirmDialog {

    UnsavedChangesDialog(Runnable leave) {
        addClassName("unsaved-changes-dialog");
        setHeader(getTranslation("editor.unsaved.title"));
        setText(getTranslation("editor.unsaved.text"));
        setCancelable(true);
        setCancelText(getTranslation("editor.unsaved.stay"));
        setConfirmText(getTranslation("editor.unsaved.leave"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(confirmed -> leave.run());
    }
}
