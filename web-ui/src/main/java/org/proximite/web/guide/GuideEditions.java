package org.proximite.web.guide;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.edition.Edition;
import org.proximite.core.edition.EditionState;
import org.proximite.core.edition.Editions;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The guide's editions for readers: each ready one made in the page's language, with its PDF and offline copy and their sizes. */
@Controller
class GuideEditions {

    private final GuidePages pages;
    private final GuideLanguages languages;
    private final Editions editions;
    private final ChapterQueries chapters;
    private final GuideReading reading;

    GuideEditions(GuidePages pages, GuideLanguages languages, Editions editions, ChapterQueries chapters, GuideReading reading) {
        this.pages = pages;
        this.languages = languages;
        this.editions = editions;
        this.chapters = chapters;
        this.reading = reading;
    }

    @GetMapping("/guide/{lang}/editions")
    ResponseEntity<String> editions(@PathVariable String lang, HttpServletRequest request) {
        if (!languages.isAvailable(lang)) {
            return reading.notFound(request);
        }
        List<Edition> ready = editions.list().stream()
                .filter(edition -> edition.state() == EditionState.READY && edition.languages().contains(lang))
                .toList();
        Map<String, String> names = new LinkedHashMap<>();
        chapters.list(lang).forEach(chapter -> names.put(chapter.id(), chapter.name()));
        GuideTexts t = pages.texts(lang);
        return pages.render("editions", pages.frame(request, lang, t.get("edition.title"), null, "editions"),
                Map.of("editions", ready, "chapterNames", names));
    }
}
