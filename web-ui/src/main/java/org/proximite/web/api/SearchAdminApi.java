package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.proximite.core.search.IndexStatus;
import org.proximite.core.search.SearchIndex;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** This instance's search index, for admins' scripts: its state, and a rebuild from the database. */
@Tag(name = "Search index (admins)", description = "The search index of the instance answering")
@RestController
@RequestMapping("/api/v1/admin/search")
class SearchAdminApi {

    private final SearchIndex index;

    SearchAdminApi(SearchIndex index) {
        this.index = index;
    }

    @Operation(summary = "The index's state: items it answers from, and the progress of a running build")
    @GetMapping
    IndexStatus status() {
        return index.status();
    }

    @Operation(summary = "Rebuild the index from the database", description = "Answers at once (202) with the state; the index keeps "
            + "answering from what it had until the rebuild is complete. 409 when a rebuild already runs.")
    @PostMapping("/rebuild")
    ResponseEntity<IndexStatus> rebuild() {
        boolean started = index.rebuildInBackground();
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(index.status());
    }
}
