package org.proximite.core.edition;

import java.util.List;

/**
 * Why an edition was refused or failed, as a message key with its parameters, to be shown in the
 * reader's language ({@code edition.failed.render}: language, format).
 */
public record EditionReason(String code, List<String> parameters) {

    public EditionReason {
        parameters = List.copyOf(parameters);
    }

    public static EditionReason of(String code, String... parameters) {
        return new EditionReason(code, List.of(parameters));
    }
}
