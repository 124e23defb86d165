package org.proximite.core.editing;

import java.util.List;

/**
 * One field that cannot be saved as it is.
 *
 * @param field the field, for example {@code slug} or {@code fr.title}
 * @param messageKey the key of the message to show, for example {@code validation.required}
 * @param arguments the message's arguments, for example a maximum length
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
