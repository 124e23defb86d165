package org.proximite.core.content;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a revision says of how it was made, kept with it: a message code and its parameters, so
 * that the history reads in each reader's language (an import from the web says how many
 * paragraphs it brought and which were repaired, edited by hand or refused).
 *
 * @param code a message key, such as {@link #IMPORTED}
 * @param parameters its parameters, in order; numbers as digits
 */
public record RevisionNote(String code, List<String> parameters) {

    /** A draft imported from the web. */
    public static final String IMPORTED = "revision.note.imported";

    /** How the parameters are kept in one column: one a line. */
    private static final String SEPARATOR = "\n";

    /**
     * The parameters of each known note that are counts, by position: given to the message as
     * numbers (for its plurals); the others, such as lists of paragraph numbers, stay text as
     * written ("1234", not "1,234", for a list of one number).
     */
    private static final Map<String, Set<Integer>> COUNTS = Map.of(IMPORTED, Set.of(0, 1, 3, 5));

    public RevisionNote {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A revision note needs a code");
        }
        // A parameter is one line: a line end inside would split it in two when read back.
        parameters = parameters.stream().map(parameter -> String.valueOf(parameter).replaceAll("\\R", " ")).toList();
    }

    /** The note as stored, or null when the revision has none. */
    public static RevisionNote stored(String code, String parameters) {
        if (code == null) {
            return null;
        }
        return new RevisionNote(code, parameters == null || parameters.isEmpty() ? List.of() : Arrays.asList(parameters.split(SEPARATOR, -1)));
    }

    /** The parameters in one column. */
    public String storedParameters() {
        return String.join(SEPARATOR, parameters);
    }

    /**
     * The parameters for a message format: counts as numbers (for plurals), the rest as text. For
     * a note this version does not know, every whole number is taken for a count.
     */
    public Object[] arguments() {
        Set<Integer> counts = COUNTS.get(code);
        Object[] arguments = new Object[parameters.size()];
        for (int i = 0; i < arguments.length; i++) {
            String parameter = parameters.get(i);
            boolean count = (counts == null || counts.contains(i)) && parameter.matches("-?\\d{1,18}");
            arguments[i] = count ? Long.valueOf(parameter) : parameter;
        }
        return arguments;
    }
}
