package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.proximite.core.chapter.ChapterQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Installed chapters, read-only. */
@Tag(name = "Chapters", description = "Country and partner adaptations of the guide")
@RestController
@RequestMapping("/api/v1/chapters")
class ChapterApi {

    private final ChapterQueries chapters;
    private final ApiLanguage languages;

    ChapterApi(ChapterQueries chapters, ApiLanguage languages) {
        this.chapters = chapters;
        this.languages = languages;
    }

    record ChapterItem(String id, String name, String description, String country, String defaultLanguage,
            List<String> languages, String version, String state, int practices, int initiatives) {}

    @Operation(summary = "List installed chapters", description = "Names in the asked language, else in the chapter's default language")
    @GetMapping
    List<ChapterItem> list(@RequestParam(required = false) String lang) {
        return chapters.list(languages.require(lang)).stream()
                .map(chapter -> new ChapterItem(chapter.id(), chapter.name(), chapter.description(), chapter.countryCode(),
                        chapter.defaultLanguage(), chapter.languages(), chapter.version(), chapter.state().name().toLowerCase(java.util.Locale.ROOT),
                        chapter.practiceCount(), chapter.initiativeCount()))
                .toList();
    }
}
