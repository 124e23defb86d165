package org.proximite.chapter.format.content;

import java.util.List;
import java.util.stream.Collectors;
import org.proximite.chapter.api.ContentProblem;

/** A chapter whose files cannot be imported as they are; nothing of it was imported. */
public class InvalidChapterException extends Exception {

    private final List<ContentProblem> problems;

    public InvalidChapterException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s): "
                + problems.stream().limit(10).map(ContentProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
