package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers 404 for API paths that no controller maps. Without it, such requests would fall
 * through to Vaadin, which answers every unknown path with its HTML page and status 200.
 * Real endpoints always win: their mappings are more specific than {@code /api/**}.
 */
@Hidden
@RestController
class UnknownApiPathController {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> noSuchEndpoint(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No API endpoint at " + request.getRequestURI() + ": see /v3/api-docs for the list.");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
