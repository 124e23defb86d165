package org.proximite.web.initiative;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How an initiative's kind, dates and place read in the reader's language. */
final class InitiativeLabels {

    private InitiativeLabels() {}

    static String kind(Component component, String kind) {
        String key = "initiative.kind." + kind;
        String label = component.getTranslation(key);
        return label.equals(key) || label.startsWith("!") ? kind : label;
    }

    /** "4 déc. 2019 – 6 déc. 2019", "2017", or empty when nothing is known. */
    static String when(Locale locale, LocalDate start, LocalDate end, Integer year) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        if (start != null && end != null && !end.equals(start)) {
            return format.format(start) + " – " + format.format(end);
        }
        if (start != null) {
            return format.format(start);
        }
        return year == null ? "" : year.toString();
    }

    /** "Conakry, Guinée", or the country alone, or empty. */
    static String where(String locality, String countryCode, Locale locale) {
        String country = countryCode == null ? null : Locale.of("", countryCode).getDisplayCountry(locale);
        if (locality != null && country != null) {
            return locality + ", " + country;
        }
        return locality != null ? locality : country != null ? country : "";
    }
}
