package org.proximite.web.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.exchange.ItemExchange;
import org.proximite.core.exchange.PracticeEvidence;
import org.proximite.core.practice.PracticeDraft;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Practices edited through the API: read whole, sent back, created, moved through the workflow. */
@Tag(name = "Practices (editing)", description = "For coordinators' and translation tools: HTTP Basic or the signed-in session; "
        + "writing requests carry an X-Requested-With header")
@RestController
@RequestMapping("/api/v1/practices")
class PracticeWriteApi extends ItemWriteApi<PracticeDraft, PracticeEvidence> {

    private final PracticeApi published;

    PracticeWriteApi(ItemExchange<PracticeDraft, PracticeEvidence> exchange, ApiMessages messages, PracticeApi published) {
        super(exchange, new ItemJsonMapping<>(ItemKind.PRACTICE, OwnJsons.PRACTICE), messages, "/api/v1/practices", "practice");
        this.published = published;
    }

    @Override
    Object published(String slug) {
        return published.get(slug, null);
    }
}
