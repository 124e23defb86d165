package org.proximite.web.i18n;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** Remembers a reader's language choice in the browser, so it survives the end of the session. */
final class LanguageCookie {

    static final String NAME = "proximite-lang";
    private static final Duration LIFETIME = Duration.ofDays(365);

    private LanguageCookie() {}

    static Optional<String> read(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .findFirst()
                .map(Cookie::getValue);
    }

    static void write(VaadinRequest request, VaadinResponse response, java.util.Locale language) {
        Cookie cookie = new Cookie(NAME, language.toLanguageTag());
        String contextPath = request.getContextPath();
        cookie.setPath(contextPath == null || contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        // Only the server reads it; scripts have no business with it.
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
