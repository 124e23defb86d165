package org.proximite.core.chapter.installing;

import java.util.List;
import org.proximite.chapter.format.Reason;

/**
 * A plan that was applied: the chapter is installed in the database, for every instance.
 *
 * @param warnings what this instance could not do yet (write the jar, load it): it tries again on
 *     its own; empty when the chapter runs here too
 */
public record AppliedPlan(InstallPlan plan, List<Reason> warnings) {}
