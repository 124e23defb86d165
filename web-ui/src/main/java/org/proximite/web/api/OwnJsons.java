package org.proximite.web.api;

import java.util.List;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeDirection;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.exchange.InitiativeOwnFields;
import org.proximite.core.exchange.PracticeEvidence;
import org.proximite.core.initiative.InitiativeFacts;
import org.proximite.core.practice.PracticeOutcome;

/** The kinds' own fields in JSON: a practice's evidence, an initiative's facts, participants and practices. */
final class OwnJsons {

    private OwnJsons() {}

    static final ItemJsonMapping.OwnJson<PracticeEvidence> PRACTICE = new ItemJsonMapping.OwnJson<>() {
        @Override
        public ItemJson with(ItemJson json, PracticeEvidence own) {
            List<ItemJson.OutcomeJson> outcomes = own.outcomes().stream()
                    .map(o -> new ItemJson.OutcomeJson(o.outcome(), o.direction().code(), o.level().code(), o.sources()))
                    .toList();
            return new ItemJson(json.slug(), json.version(), json.chapter(), json.defaultLanguage(), json.archived(), json.themes(), json.sources(),
                    own.level() == null ? null : own.level().code(), outcomes, null, null, null, json.texts());
        }

        @Override
        public PracticeEvidence read(ItemJson json, List<FieldProblem> problems) {
            if (json.evidenceLevel() == null && json.outcomes() == null) {
                return null;
            }
            EvidenceLevel level = json.evidenceLevel() == null ? null : EvidenceLevel.fromCode(json.evidenceLevel()).orElse(null);
            if (level == null) {
                problems.add(new FieldProblem("evidenceLevel", json.evidenceLevel() == null ? "validation.required" : "validation.unknownLevel",
                        String.valueOf(json.evidenceLevel())));
            }
            List<PracticeOutcome> outcomes = json.outcomes() == null ? List.of() : json.outcomes().stream().map(o -> {
                OutcomeDirection direction = o.direction() == null ? null : OutcomeDirection.fromCode(o.direction()).orElse(null);
                EvidenceLevel outcomeLevel = o.evidenceLevel() == null ? null : EvidenceLevel.fromCode(o.evidenceLevel()).orElse(null);
                if (direction == null || outcomeLevel == null || o.outcome() == null) {
                    problems.add(new FieldProblem("outcomes", "validation.unknownOutcome", String.valueOf(o.outcome()), String.valueOf(o.direction()),
                            String.valueOf(o.evidenceLevel())));
                    return null;
                }
                return new PracticeOutcome(o.outcome(), direction, outcomeLevel, o.sources() == null ? List.of() : o.sources());
            }).toList();
            return problems.isEmpty() ? new PracticeEvidence(level, outcomes) : null;
        }
    };

    static final ItemJsonMapping.OwnJson<InitiativeOwnFields> INITIATIVE = new ItemJsonMapping.OwnJson<>() {
        @Override
        public ItemJson with(ItemJson json, InitiativeOwnFields own) {
            InitiativeFacts f = own.facts();
            return new ItemJson(json.slug(), json.version(), json.chapter(), json.defaultLanguage(), json.archived(), json.themes(), json.sources(),
                    null, null, new ItemJson.FactsJson(f.kind(), f.countryCode(), f.locality(), f.startDate(), f.endDate(), f.year(), f.planned(),
                            f.participantsTotal()), own.participants(), own.practices(), json.texts());
        }

        @Override
        public InitiativeOwnFields read(ItemJson json, List<FieldProblem> problems) {
            if (json.facts() == null && json.participants() == null && json.practices() == null) {
                return null;
            }
            if (json.facts() == null) {
                problems.add(new FieldProblem("facts", "validation.required"));
                return null;
            }
            ItemJson.FactsJson f = json.facts();
            return new InitiativeOwnFields(new InitiativeFacts(f.kind(), f.country(), f.locality(), f.startDate(), f.endDate(), f.year(),
                    Boolean.TRUE.equals(f.planned()), f.participantsTotal()), json.participants(), json.practices());
        }
    };
}
