package org.proximite.web.guide;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxListener;
import org.proximite.web.i18n.UiLanguage;
import org.proximite.web.i18n.UiLanguages;
import org.springframework.stereotype.Component;

/**
 * The languages the guide can be read in: French and English, the languages of active chapters
 * (Portuguese, Dioula…) and those chapters bring interface texts for. Which one a reader arriving
 * at {@code /} gets: the one they chose before (the language cookie), else their browser's.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class GuideLanguages implements OutboxListener {

    /** The cookie the workspace's language switch writes too. */
    public static final String COOKIE = "proximite-lang";
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private final ChapterQueries chapters;
    private final LanguageQueries contentLanguages;
    private final UiLanguages uiLanguages;
    /** Asked several times by every page: kept until a chapter changes (on any instance). */
    private volatile Map<String, String> available;
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    public GuideLanguages(ChapterQueries chapters, LanguageQueries contentLanguages, UiLanguages uiLanguages) {
        this.chapters = chapters;
        this.contentLanguages = contentLanguages;
        this.uiLanguages = uiLanguages;
    }

    /** Codes with their names in themselves ("Français"), French and English first. */
    public Map<String, String> available() {
        Map<String, String> known = available;
        if (known == null) {
            long before = changes.get();
            known = read();
            // Read while a chapter changed: used once, not kept.
            if (changes.get() == before) {
                available = known;
            }
        }
        return known;
    }

    @Override
    public void onChanges(List<OutboxEvent> events) {
        if (events.stream().anyMatch(OutboxEvent::mayChangeChapters)) {
            changes.incrementAndGet();
            available = null;
        }
    }

    private Map<String, String> read() {
        Map<String, String> names = new LinkedHashMap<>();
        contentLanguages.all().forEach(language -> names.put(language.code(), language.nativeName()));
        List<String> codes = new ArrayList<>(List.of("fr", "en"));
        chapters.list("en").stream()
                .filter(chapter -> chapter.state() == ChapterState.ACTIVE)
                .flatMap(chapter -> chapter.languages().stream())
                .filter(code -> !codes.contains(code))
                .sorted()
                .forEach(codes::add);
        uiLanguages.available().stream().map(Locale::toLanguageTag).filter(code -> !codes.contains(code)).forEach(codes::add);
        Map<String, String> languages = new LinkedHashMap<>();
        codes.forEach(code -> languages.put(code, names.getOrDefault(code, code)));
        return java.util.Collections.unmodifiableMap(languages);
    }

    public boolean isAvailable(String code) {
        return code != null && CODE.matcher(code).matches() && available().containsKey(code);
    }

    /** The reader's language: the cookie's when the guide has it, else the browser's, else French. */
    public String preferred(HttpServletRequest request) {
        Map<String, String> available = available();
        Optional<String> remembered = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue).filter(available::containsKey).findFirst();
        return remembered.or(() -> fromAcceptLanguage(request.getHeader("Accept-Language"), available.keySet().stream().toList()))
                .orElse(UiLanguage.DEFAULT.code());
    }

    private static Optional<String> fromAcceptLanguage(String header, List<String> codes) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookupTag(Locale.LanguageRange.parse(header), codes));
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }
}
