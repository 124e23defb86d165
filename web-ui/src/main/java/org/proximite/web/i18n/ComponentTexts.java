package org.proximite.web.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's date pickers, uploads and multi-select combo boxes come with texts of their own, in
 * English whatever the interface's language ("Today", "Upload File...", "Selection cleared"):
 * these give them the interface's texts, in the component's language. Months and days are named
 * by the JDK for that language; the rest comes from the interface's bundles.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    public static <T extends DatePicker> T translated(T picker) {
        Locale locale = picker.getLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(sundayFirst(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(sundayFirst(TextStyle.SHORT_STANDALONE, locale))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("component.date-picker.today"))
                .setCancel(picker.getTranslation("component.date-picker.cancel"));
        picker.setI18n(i18n);
        return picker;
    }

    public static <T extends MultiSelectComboBox<?>> T translated(T box) {
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(box.getTranslation("component.multi-select.cleared"))
                .setFocused(box.getTranslation("component.multi-select.focused"))
                .setSelected(box.getTranslation("component.multi-select.selected"))
                .setDeselected(box.getTranslation("component.multi-select.deselected"))
                // The component puts the number in place of {count}: the bundles write it {0}, as MessageFormat reads them.
                .setTotal(box.getTranslation("component.multi-select.total", "{count}")));
        return box;
    }

    public static <T extends Upload> T translated(T upload) {
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(text(upload, "drop-one")).setMany(text(upload, "drop-many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(text(upload, "add-one")).setMany(text(upload, "add-many")))
                .setError(new UploadI18N.Error().setTooManyFiles(text(upload, "too-many")).setFileIsTooBig(text(upload, "too-big"))
                        .setIncorrectFileType(text(upload, "wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(text(upload, "connecting")).setStalled(text(upload, "stalled"))
                                .setProcessing(text(upload, "processing")).setHeld(text(upload, "held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text(upload, "remaining") + " ")
                                .setUnknown(text(upload, "remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text(upload, "server-unavailable"))
                                .setUnexpectedServerError(text(upload, "server-error")).setForbidden(text(upload, "forbidden"))
                                .setFileTooLarge(text(upload, "too-big"))))
                .setFile(new UploadI18N.File().setRetry(text(upload, "retry")).setStart(text(upload, "start")).setRemove(text(upload, "remove"))));
        return upload;
    }

    private static String text(Component component, String key) {
        return component.getTranslation("component.upload." + key);
    }

    /** Vaadin's order of the days: Sunday first. */
    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY).stream().map(day -> day.getDisplayName(style, locale)).toList();
    }
}
