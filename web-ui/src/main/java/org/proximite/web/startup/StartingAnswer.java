package org.proximite.web.startup;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Until this instance is ready (the schema migrated and the chapters it imports at start in
 * place), every page and API call answers {@code 503} with {@code Retry-After}: a short
 * "starting" page in the reader's language, or a JSON problem for the API. A reader never sees an
 * empty guide, and a reverse proxy sends the request to another instance. Only the health
 * probes answer as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingAnswer extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    private final ApplicationAvailability availability;

    StartingAnswer(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")
                || availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale language = StartupMessages.languageOf(request.getHeader("Accept-Language"));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":503,\"code\":\"starting\",\"title\":\""
                    + StartupMessages.text("starting.title", language).replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(language));
        }
    }

    private static String page(Locale language) {
        String title = HtmlUtils.htmlEscape(StartupMessages.text("starting.title", language), "UTF-8");
        String body = HtmlUtils.htmlEscape(StartupMessages.text("starting.body", language), "UTF-8");
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <meta http-equiv="refresh" content="%s"><title>%s</title></head>
                <body style="font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em">
                <h1>%s</h1><p>%s</p></body></html>
                """.formatted(language.getLanguage(), RETRY_AFTER_SECONDS, title, title, body);
    }
}
