package org.proximite.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;

/**
 * The browser's copy of a carried sign-in: a cookie that lives as long as the browser stays open,
 * sent only to this site, never readable by scripts.
 */
final class CarriedSignInCookie {

    static final String NAME = "PROXIMITE_SIGN_IN";

    private CarriedSignInCookie() {}

    static Optional<String> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName())).map(Cookie::getValue).findFirst();
    }

    static void give(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addHeader("Set-Cookie", cookie(request, token).build().toString());
    }

    static void takeBack(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", cookie(request, "").maxAge(0).build().toString());
    }

    private static ResponseCookie.ResponseCookieBuilder cookie(HttpServletRequest request, String value) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return ResponseCookie.from(NAME, value).path(path).httpOnly(true).secure(request.isSecure()).sameSite("Lax");
    }
}
