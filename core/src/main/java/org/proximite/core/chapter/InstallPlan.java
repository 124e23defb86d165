package org.proximite.core.chapter;

import java.util.List;
import org.proximite.chapter.format.jar.SignatureStatus;

/**
 * What installing an uploaded chapter jar would change, shown before anything changes.
 *
 * @param id the plan's id: the jar's SHA-256, to apply it later
 * @param fromVersion the installed version, or null
 * @param keptLocalEdits items coordinators edited here that the jar also changes: merged field by
 *     field when the installed version is known (fields only the chapter changed take its new text),
 *     else kept whole
 * @param conflicts fields both the site and the new version changed: a person chooses for each
 * @param decisions what a person must decide before the plan can be applied (empty when none)
 */
public record InstallPlan(
        String id,
        String fileName,
        String chapterId,
        String fromVersion,
        String toVersion,
        PlanAction action,
        boolean contentOnly,
        SignatureStatus signature,
        List<String> dependencies,
        Changes practices,
        Changes initiatives,
        Changes terms,
        List<String> languagesAdded,
        List<String> keptLocalEdits,
        List<TextConflict> conflicts,
        List<String> decisions) {

    public enum PlanAction {
        INSTALL,
        UPGRADE,
        DOWNGRADE,
        UNCHANGED
    }

    /** Slugs added, changed and removed. */
    public record Changes(List<String> added, List<String> changed, List<String> removed) {

        public boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }
    }

    public boolean needsDecision() {
        return !decisions.isEmpty();
    }
}
