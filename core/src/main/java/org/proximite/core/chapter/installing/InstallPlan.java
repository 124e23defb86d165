package org.proximite.core.chapter.installing;

import java.util.ArrayList;
import java.util.List;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.proximite.core.chapter.TextConflict;

/**
 * What installing an uploaded chapter jar would change, shown before anything changes.
 *
 * @param id the plan's id, to apply it later (on any instance, until it expires)
 * @param sha256 the jar's fingerprint, which an admin allows when it carries code
 * @param fromVersion the installed version, or null
 * @param provider the jar's {@code Plugin-Provider}, or null
 * @param adaptations slugs of the practices of other chapters it adapts
 * @param contextPages slugs of its pages about the country or partner
 * @param keptLocalEdits items coordinators edited here that the jar also changes: merged field by
 *     field when the installed version is known (fields only the chapter changed take its new text),
 *     else kept whole
 * @param conflicts fields both the site and the new version changed: a person chooses for each
 * @param decisions what a person must decide before the plan can be applied (empty when none)
 * @param warnings what the chapter states without a source (an initiative's dates, place, counts):
 *     accepted, but for an editor to look at
 */
public record InstallPlan(
        String id,
        String sha256,
        String fileName,
        String chapterId,
        String fromVersion,
        String toVersion,
        PlanAction action,
        boolean contentOnly,
        SignatureStatus signature,
        String provider,
        List<String> dependencies,
        Changes practices,
        Changes initiatives,
        Changes terms,
        Changes adaptations,
        Changes contextPages,
        List<String> languagesAdded,
        List<String> keptLocalEdits,
        List<TextConflict> conflicts,
        List<PlanDecision> decisions,
        List<Reason> warnings) {

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

    public boolean needs(PlanDecision.Kind kind) {
        return decisions.stream().anyMatch(decision -> decision.kind() == kind);
    }

    /** The same plan under another id (a stored plan's). */
    InstallPlan withId(String planId) {
        return new InstallPlan(planId, sha256, fileName, chapterId, fromVersion, toVersion, action, contentOnly, signature, provider,
                dependencies, practices, initiatives, terms, adaptations, contextPages, languagesAdded, keptLocalEdits, conflicts, decisions, warnings);
    }

    /** The decisions these answers leave open, as reasons; empty when the plan may be applied. */
    public List<Reason> openWith(Answers answers) {
        List<Reason> open = new ArrayList<>();
        for (PlanDecision decision : decisions) {
            boolean answered = switch (decision.kind()) {
                case CONFIRM_DOWNGRADE -> answers.confirmDowngrade();
                case CONFIRM_PUBLISHER_CHANGE -> answers.confirmPublisherChange();
                case SETTLE_CONFLICTS -> unsettled(answers).isEmpty();
                case ALLOW_CODE, NEW_VERSION_NEEDED -> false;
            };
            if (!answered) {
                open.add(decision.kind() == PlanDecision.Kind.SETTLE_CONFLICTS
                        ? LifecycleReason.DECISION_UNSETTLED.with(String.join(", ", unsettled(answers)))
                        : decision.reason());
            }
        }
        return open;
    }

    private List<String> unsettled(Answers answers) {
        return conflicts.stream().map(TextConflict::key).filter(key -> !answers.resolutions().containsKey(key)).toList();
    }
}
