package org.proximite.chapter.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a source checkable, said once for chapter files and for the editor: a web address
 * a reader can open, a publication date of a year, a month or a day that is not in the future.
 */
public final class SourceRules {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern PARTIAL_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private SourceRules() {}

    public static boolean isWebAddress(String url) {
        return url != null && WEB_ADDRESS.matcher(url).matches();
    }

    /**
     * The first day a publication date written {@code 2019}, {@code 2019-12} or {@code 2019-12-02}
     * covers; empty when it is none of these, or no real date.
     */
    public static Optional<LocalDate> firstDay(String date) {
        Matcher matcher = date == null ? null : PARTIAL_DATE.matcher(date);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) == null) {
                return Optional.of(LocalDate.of(year, 1, 1));
            }
            if (matcher.group(3) == null) {
                return Optional.of(YearMonth.of(year, Integer.parseInt(matcher.group(2))).atDay(1));
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
