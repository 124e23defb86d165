package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proximite.core.language.ContentLanguage;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.OutboxEvent;
import org.springframework.web.server.ResponseStatusException;

/** The API's language check asks the database once per language, again after a chapter changed, and still refuses unknown ones. */
class ApiLanguageTest {

    private final List<String> asked = new ArrayList<>();
    private Set<String> installed = Set.of("fr", "en");
    private final ApiLanguage languages = new ApiLanguage(new LanguageQueries(null) {
        @Override
        public boolean isKnown(String code) {
            asked.add(code);
            return installed.contains(code);
        }

        @Override
        public List<ContentLanguage> all() {
            return installed.stream().map(code -> new ContentLanguage(code, code)).toList();
        }
    });

    @Test
    void asksTheDatabaseOnceForALanguageItKnows() {
        assertThat(languages.require("en")).isEqualTo("en");
        assertThat(languages.require("en")).isEqualTo("en");
        assertThat(languages.require(null)).isEqualTo("fr");
        assertThat(languages.require("fr")).isEqualTo("fr");

        assertThat(asked).containsExactly("en", "fr");
    }

    @Test
    void refusesAnUnknownLanguageEveryTimeAndLearnsOneThatAChapterBrings() {
        assertThatThrownBy(() -> languages.require("pt")).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> languages.require("pt")).isInstanceOf(ResponseStatusException.class);

        installed = Set.of("fr", "en", "pt");
        languages.onChanges(List.of(OutboxEvent.ofChapter("admin", ChangeKind.CHAPTER_INSTALLED, "guinea-bissau", "1.0.0")));

        assertThat(languages.require("pt")).isEqualTo("pt");
    }

    @Test
    void forgetsWhatItKnewWhenAChapterChanges() {
        languages.require("en");
        installed = Set.of("fr");
        languages.onChanges(List.of(OutboxEvent.ofAccount("admin", ChangeKind.USER_CREATED, "someone")));
        assertThat(languages.require("en")).isEqualTo("en");

        languages.onChanges(List.of(OutboxEvent.ofChapter("admin", ChangeKind.CHAPTER_REMOVED, "guinea", "1.0.0")));

        assertThatThrownBy(() -> languages.require("en")).isInstanceOf(ResponseStatusException.class);
    }
}
