package org.proximite.core.chapter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.proximite.chapter.format.Reason;

/**
 * Reasons as the database keeps them in one text column: each reason its code and parameters
 * separated by the unit separator, reasons separated by the record separator. Control characters
 * of that kind never occur in a code or a parameter worth keeping, so they are dropped.
 */
public final class StoredReasons {

    private static final char UNIT = '\u001F';
    private static final char RECORD = '\u001E';
    private static final String MORE = "lifecycle.reasons.more";

    private StoredReasons() {}

    /**
     * Null for no reason, so that old rows and new rows without a reason read the same. Reasons
     * past {@code maxLength} characters are counted in a last reason instead of being kept.
     */
    public static String encode(List<Reason> reasons, int maxLength) {
        if (reasons == null || reasons.isEmpty()) {
            return null;
        }
        StringBuilder stored = new StringBuilder();
        for (int i = 0; i < reasons.size(); i++) {
            String next = (i == 0 ? "" : String.valueOf(RECORD)) + encode(reasons.get(i));
            String more = RECORD + encode(Reason.of(MORE, reasons.size() - i));
            boolean last = i == reasons.size() - 1;
            if (stored.length() + next.length() + (last ? 0 : more.length()) > maxLength) {
                return i == 0 ? encode(Reason.of(MORE, reasons.size())) : stored.append(more).toString();
            }
            stored.append(next);
        }
        return stored.toString();
    }

    private static String encode(Reason reason) {
        String encoded = clean(reason.code()) + reason.arguments().stream().map(argument -> UNIT + clean(argument)).collect(Collectors.joining());
        return encoded.length() > 2000 ? encoded.substring(0, 2000) : encoded;
    }

    public static List<Reason> decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<Reason> reasons = new ArrayList<>();
        for (String record : stored.split(String.valueOf(RECORD))) {
            String[] parts = record.split(String.valueOf(UNIT), -1);
            reasons.add(new Reason(parts[0], Arrays.asList(parts).subList(1, parts.length)));
        }
        return reasons;
    }

    /** The English text, for the log and the columns that keep text. */
    public static String english(List<Reason> reasons) {
        return reasons.stream().map(reason -> reason.message(Locale.ENGLISH)).collect(Collectors.joining("; "));
    }

    private static String clean(String value) {
        return value.replace(UNIT, ' ').replace(RECORD, ' ');
    }
}
