package org.proximite.chapter.format.offline;

import java.util.List;
import org.proximite.chapter.format.Reason;

/**
 * What the offline check found.
 *
 * @param problems what the server would refuse the chapter for
 * @param notices what could not be checked without a server or a built jar, said plainly
 * @param warnings what the server accepts but an editor should look at (a date without a source)
 */
public record CheckReport(List<Reason> problems, List<Reason> notices, List<Reason> warnings) {

    public CheckReport {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
        warnings = List.copyOf(warnings);
    }

    public CheckReport(List<Reason> problems, List<Reason> notices) {
        this(problems, notices, List.of());
    }

    public boolean passes() {
        return problems.isEmpty();
    }
}
