package org.proximite.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UiLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr-FR,fr;q=0.9,en;q=0.8 | FRENCH",
        "en-GB,en;q=0.9          | ENGLISH",
        "de-DE,en;q=0.5,fr;q=0.4 | ENGLISH",
        "fr-CA                   | FRENCH",
        "EN-us                   | ENGLISH"
    })
    void picksTheBrowsersPreferredSupportedLanguage(String acceptLanguage, UiLanguage expected) {
        assertThat(UiLanguage.fromAcceptLanguage(acceptLanguage)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de-DE,es;q=0.8", "*;q=;;;", "not a header"})
    void findsNoLanguageInMissingUnsupportedOrMalformedHeaders(String acceptLanguage) {
        assertThat(UiLanguage.fromAcceptLanguage(acceptLanguage)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"fr, FRENCH", "en, ENGLISH", "EN, ENGLISH"})
    void readsTheCodeStoredInTheCookie(String code, UiLanguage expected) {
        assertThat(UiLanguage.fromCode(code)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "", "fr;drop table"})
    void ignoresCookieCodesOfUnsupportedLanguages(String code) {
        assertThat(UiLanguage.fromCode(code)).isEmpty();
    }

    @Test
    void fallsBackToFrenchForUnsupportedLocales() {
        assertThat(UiLanguage.of(Locale.GERMAN)).isEqualTo(UiLanguage.FRENCH);
        assertThat(UiLanguage.of(null)).isEqualTo(UiLanguage.FRENCH);
        assertThat(UiLanguage.of(Locale.UK)).isEqualTo(UiLanguage.ENGLISH);
    }
}
