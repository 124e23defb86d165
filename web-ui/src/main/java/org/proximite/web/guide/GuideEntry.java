package org.proximite.web.guide;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ways into the guide: {@code /guide} and former addresses send a reader to the guide in their
 * language ({@link Arrival} does it for {@code /}), and the language switch remembers a reader's
 * choice in a cookie.
 * These answers are redirects, never cached: they differ from reader to reader.
 */
@Controller
class GuideEntry {

    private static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

    private final GuideLanguages languages;

    GuideEntry(GuideLanguages languages) {
        this.languages = languages;
    }

    @GetMapping({"/guide", "/guide/"})
    ResponseEntity<Void> guide(HttpServletRequest request) {
        return redirect("/guide/" + languages.preferred(request) + "/");
    }

    @GetMapping("/guide/{lang}")
    ResponseEntity<Void> withoutSlash(@PathVariable String lang, HttpServletRequest request) {
        return redirect("/guide/" + (languages.isAvailable(lang) ? lang : languages.preferred(request)) + "/");
    }

    /** The addresses readers used before the guide had its own pages: links to them keep working. */
    @GetMapping({"/practices", "/practices/{slug}", "/initiatives", "/initiatives/{slug}", "/chapters/{slug}"})
    ResponseEntity<Void> former(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, "/guide/" + languages.preferred(request) + path).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /**
     * The language switch: remembers the choice and goes to {@code to}, the same page in that
     * language. Only addresses of the guide are followed, so the switch cannot send a reader elsewhere.
     */
    @GetMapping("/guide/{lang}/language")
    ResponseEntity<Void> switchTo(@PathVariable String lang, @RequestParam(required = false) String to, HttpServletRequest request,
            HttpServletResponse response) {
        if (!languages.isAvailable(lang)) {
            return redirect("/guide/" + languages.preferred(request) + "/");
        }
        Cookie cookie = new Cookie(GuideLanguages.COOKIE, lang);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        String target = to != null && to.startsWith("/guide/" + lang + "/") && !to.contains("//") && !to.contains("\\") ? to : "/guide/" + lang + "/";
        return redirect(target);
    }

    private static ResponseEntity<Void> redirect(String target) {
        URI location;
        try {
            location = URI.create(target);
        } catch (IllegalArgumentException malformed) {
            location = URI.create(target.substring(0, target.indexOf('/', "/guide/".length()) + 1));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
