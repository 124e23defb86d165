package org.proximite.chapter.format.offline;

import java.util.List;
import org.proximite.chapter.format.Reason;

/**
 * What the offline check found.
 *
 * @param problems what the server would refuse the chapter for
 * @param notices what could not be checked without a server or a built jar, said plainly
 */
public record CheckReport(List<Reason> problems, List<Reason> notices) {

    public CheckReport {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public boolean passes() {
        return problems.isEmpty();
    }
}
