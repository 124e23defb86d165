package org.proximite.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login CSRF: an attacker's page signing the visitor
 * into the attacker's account). The sign-in form's POST is exempt from the CSRF token, so it is
 * checked the way OWASP recommends besides tokens: the {@code Origin} header (or, without one, the
 * {@code Referer}) a browser sends must name this site's host. A client that sends neither (a
 * script) cannot be a browser tricked by another site, and passes.
 */
class SignInOriginCheck extends OncePerRequestFilter {

    private final String signInPath;

    SignInOriginCheck(String signInPath) {
        this.signInPath = signInPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().equals(request.getContextPath() + signInPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String from = request.getHeader("Origin") != null ? request.getHeader("Origin") : request.getHeader("Referer");
        if (from != null && !sameHost(from, request.getServerName())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign-in posted from another site");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the origin names this host (the port may differ behind a proxy); "null" and unreadable origins do not. */
    static boolean sameHost(String origin, String host) {
        try {
            String originHost = URI.create(origin.strip()).getHost();
            return originHost != null && host != null && originHost.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
