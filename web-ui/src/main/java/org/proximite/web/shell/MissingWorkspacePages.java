package org.proximite.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.content.ItemQueries;
import org.proximite.web.i18n.ProximiteI18nProvider;
import org.proximite.web.i18n.UiLanguages;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A workspace address of an item or a chapter that does not exist answers {@code 404} at once, as
 * a short page in the reader's language, instead of the workspace's page shell with {@code 200}
 * (the workspace learns of a missing item only after its page has loaded). Crawlers, link
 * checkers and caches then see a real "not found".
 */
@Component
class MissingWorkspacePages extends OncePerRequestFilter {

    private static final Pattern ITEM = Pattern.compile("^/(?:workspace|edit)/(practices|initiatives)/([^/]+)$");
    private static final Pattern CHAPTER = Pattern.compile("^/workspace/chapters/([^/]+)(?:/adaptations)?$");

    private final ItemQueries items;
    private final ChapterQueries chapters;
    private final ProximiteI18nProvider i18n;
    private final UiLanguages languages;

    MissingWorkspacePages(ItemQueries items, ChapterQueries chapters, ProximiteI18nProvider i18n, UiLanguages languages) {
        this.items = items;
        this.chapters = chapters;
        this.i18n = i18n;
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Vaadin's own requests (v-r=…) and anything but a page load pass through.
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher item = ITEM.matcher(path);
        Matcher chapter = CHAPTER.matcher(path);
        if (item.matches()) {
            ItemKind kind = item.group(1).equals("practices") ? ItemKind.PRACTICE : ItemKind.INITIATIVE;
            String slug = item.group(2);
            if (!items.exists(kind, slug)) {
                notFound(request, response, kind.name().toLowerCase(Locale.ROOT) + ".not-found", slug);
                return;
            }
        } else if (chapter.matches() && !chapters.exists(chapter.group(1))) {
            notFound(request, response, "chapter.not-found", chapter.group(1));
            return;
        }
        chain.doFilter(request, response);
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response, String key, String subject) throws IOException {
        Locale locale = languages.fromAcceptLanguage(request.getHeader("Accept-Language")).orElse(Locale.ENGLISH);
        String title = HtmlUtils.htmlEscape(i18n.getTranslation("not-found.title", locale));
        String message = HtmlUtils.htmlEscape(i18n.getTranslation(key, locale, subject));
        String home = HtmlUtils.htmlEscape(i18n.getTranslation("nav.home", locale));
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head>"
                + "<body><main><h1>" + title + "</h1><p>" + message + "</p><p><a href=\"/\">" + home + "</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }
}
