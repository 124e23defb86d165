package org.proximite.web.guide;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone arriving at {@code /}: a reader goes to the guide in their language (the one they chose
 * before, else their browser's), a signed-in person to the workspace.
 *
 * <p>A filter rather than a controller: Vaadin's own requests also go to {@code /} (with
 * {@code v-r}, or as POST), and a controller mapped there would answer them with an error instead
 * of letting Vaadin have them. It runs after the security filters, which tell who is signed in.
 */
@Component
class Arrival extends OncePerRequestFilter {

    private final GuideLanguages languages;
    private final SecurityContextHolderStrategy signedIn;

    /** {@code signedIn}: who is signed in, as this application's security holds it (not the JVM's global holder). */
    Arrival(GuideLanguages languages, SecurityContextHolderStrategy signedIn) {
        this.languages = languages;
        this.signedIn = signedIn;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !path.equals("/") || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = signedIn.getContext().getAuthentication();
        boolean person = authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + (person ? "/workspace" : "/guide/" + languages.preferred(request) + "/"));
    }
}
