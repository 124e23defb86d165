package org.proximite.web.edition;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.proximite.core.edition.EditionSnapshot;
import org.proximite.web.guide.GuideTexts;

/**
 * What a document's cover shows: the guide's title or the chapter's name, the chapter's colour
 * (the guide's green when it has none, or one that is not a plain colour), and the day it was made.
 */
record EditionCover(String title, String colour, String madeOn) {

    static final String GUIDE_COLOUR = "#1f5f3f";
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?");

    static EditionCover of(EditionSnapshot edition, GuideTexts t) {
        String title = edition.isWholeGuide() ? t.get("edition.guide-title") : edition.chapter().name();
        String brand = edition.isWholeGuide() ? null : edition.chapter().brandColour();
        String colour = brand != null && HEX_COLOUR.matcher(brand).matches() ? brand : GUIDE_COLOUR;
        String madeOn = edition.madeAt().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(t.uiLang())));
        return new EditionCover(title, colour, madeOn);
    }
}
