package org.proximite.core.exchange;

import java.util.List;
import java.util.Map;
import org.proximite.core.initiative.InitiativeFacts;

/** What only initiatives have, as tools exchange it: facts, participants per stakeholder group, practices applied. */
public record InitiativeOwnFields(InitiativeFacts facts, Map<String, Integer> participants, List<String> practices) {

    public InitiativeOwnFields {
        participants = participants == null ? Map.of() : Map.copyOf(participants);
        practices = practices == null ? List.of() : List.copyOf(practices);
    }
}
