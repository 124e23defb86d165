package org.proximite.web.initiative;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.proximite.core.initiative.InitiativeFacts;
import org.proximite.web.content.Badge;

/** How an initiative's kind, dates and place read in the reader's language. */
final class InitiativeLabels {

    private InitiativeLabels() {}

    /** Its kind, then when and where when known, and whether it is only planned: the badges of its card and of its page. */
    static List<Badge> badges(Component component, Locale locale, InitiativeFacts facts) {
        List<Badge> badges = new ArrayList<>();
        badges.add(new Badge(kind(component, facts.kind()), "kind"));
        String when = when(locale, facts.startDate(), facts.endDate(), facts.year());
        if (!when.isEmpty()) {
            badges.add(new Badge(when, "date"));
        }
        String where = where(facts.locality(), facts.countryCode(), locale);
        if (!where.isEmpty()) {
            badges.add(new Badge(where, "place"));
        }
        if (facts.planned()) {
            badges.add(new Badge(component.getTranslation("initiative.planned"), "planned"));
        }
        return badges;
    }

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
