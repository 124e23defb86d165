package org.proximite.core.editing;

import java.util.List;

/** The edit was refused because of the listed field problems; nothing was saved. */
public class InvalidEditException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidEditException(List<FieldProblem> problems) {
        super("Invalid edit: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
