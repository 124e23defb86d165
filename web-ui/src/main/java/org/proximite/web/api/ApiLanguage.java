package org.proximite.web.api;

import org.proximite.core.language.LanguageQueries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Checks the {@code lang} parameter: a known content language, French when absent. */
@Component
class ApiLanguage {

    static final String DEFAULT = "fr";

    private final LanguageQueries languages;

    ApiLanguage(LanguageQueries languages) {
        this.languages = languages;
    }

    String require(String lang) {
        String code = lang == null || lang.isBlank() ? DEFAULT : lang.strip();
        if (!languages.isKnown(code)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Unknown language '" + code + "': use one of " + languages.all().stream().map(l -> l.code()).toList());
        }
        return code;
    }
}
