package org.proximite.web.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;

/**
 * The texts of Vaadin's upload widget in the user's language: its button, its drop zone, the
 * state of a file on its way and the reasons the browser or the server turned it down. Vaadin
 * brings them in English only.
 */
public final class UploadTexts {

    private UploadTexts() {}

    public static UploadI18N of(Component component) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(component, "upload.add.one")).setMany(t(component, "upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(component, "upload.drop.one")).setMany(t(component, "upload.drop.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t(component, "upload.error.too-many"))
                        .setFileIsTooBig(t(component, "upload.error.too-big"))
                        .setIncorrectFileType(t(component, "upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t(component, "upload.status.connecting"))
                                .setStalled(t(component, "upload.status.stalled"))
                                .setProcessing(t(component, "upload.status.processing"))
                                .setHeld(t(component, "upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(component, "upload.remaining.prefix"))
                                .setUnknown(t(component, "upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(component, "upload.server.unavailable"))
                                .setUnexpectedServerError(t(component, "upload.server.unexpected"))
                                .setForbidden(t(component, "upload.server.forbidden"))
                                .setFileTooLarge(t(component, "upload.error.too-big"))))
                .setFile(new UploadI18N.File()
                        .setRetry(t(component, "upload.file.retry"))
                        .setStart(t(component, "upload.file.start"))
                        .setRemove(t(component, "upload.file.remove")))
                .setUnits(Arrays.stream(t(component, "upload.units").split(",")).map(String::strip).toList());
    }

    private static String t(Component component, String key) {
        return component.getTranslation(key);
    }
}
