package org.proximite.web.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.exchange.InitiativeOwnFields;
import org.proximite.core.exchange.ItemExchange;
import org.proximite.core.initiative.InitiativeDraft;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Initiatives edited through the API: read whole, sent back, created, moved through the workflow. */
@Tag(name = "Initiatives (editing)", description = "For coordinators' and translation tools: HTTP Basic or the signed-in session; "
        + "writing requests carry an X-Requested-With header")
@RestController
@RequestMapping("/api/v1/initiatives")
class InitiativeWriteApi extends ItemWriteApi<InitiativeDraft, InitiativeOwnFields> {

    private final InitiativeApi published;

    InitiativeWriteApi(ItemExchange<InitiativeDraft, InitiativeOwnFields> exchange, ApiMessages messages, InitiativeApi published) {
        super(exchange, new ItemJsonMapping<>(ItemKind.INITIATIVE, OwnJsons.INITIATIVE), messages, "/api/v1/initiatives", "initiative");
        this.published = published;
    }

    @Override
    Object published(String slug) {
        return published.get(slug, null);
    }
}
