package org.proximite.web.i18n;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's date pickers and multi-select combo boxes come with texts of their own, in English
 * whatever the interface's language ("Today", "Selection cleared"): these give them the
 * interface's texts, in the component's language (uploads: {@link UploadTexts}). Months and days are named
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

    /** Vaadin's order of the days: Sunday first. */
    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY).stream().map(day -> day.getDisplayName(style, locale)).toList();
    }
}
