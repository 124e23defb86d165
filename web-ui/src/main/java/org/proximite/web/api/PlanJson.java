package org.proximite.web.api;

import java.util.List;
import java.util.Locale;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.proximite.core.chapter.TextConflict;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.chapter.installing.InstallPlan.Changes;
import org.proximite.core.chapter.installing.InstallPlan.PlanAction;
import org.proximite.core.chapter.installing.PlanDecision;
import org.proximite.web.i18n.ReasonTexts;

/** An install plan as the admin API answers it: the plan's fields, each decision with its kind and its reason. */
record PlanJson(
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
        List<DecisionJson> decisions,
        List<ReasonJson> unsourced) {

    /** A decision: its kind says how to answer it (a parameter of apply, or allowing the jar's code first). */
    record DecisionJson(PlanDecision.Kind kind, String code, List<String> parameters, String message) {}

    static PlanJson of(InstallPlan plan, ReasonTexts texts, Locale locale) {
        List<DecisionJson> decisions = plan.decisions().stream()
                .map(decision -> new DecisionJson(decision.kind(), decision.reason().code(), decision.reason().arguments(),
                        texts.text(decision.reason(), locale)))
                .toList();
        return new PlanJson(plan.id(), plan.sha256(), plan.fileName(), plan.chapterId(), plan.fromVersion(), plan.toVersion(), plan.action(),
                plan.contentOnly(), plan.signature(), plan.provider(), plan.dependencies(), plan.practices(), plan.initiatives(), plan.terms(),
                plan.adaptations(), plan.contextPages(), plan.languagesAdded(), plan.keptLocalEdits(), plan.conflicts(), decisions,
                ReasonJson.of(plan.warnings(), texts, locale));
    }
}
