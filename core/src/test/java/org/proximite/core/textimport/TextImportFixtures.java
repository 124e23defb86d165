package org.proximite.core.textimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.testing.CoreServices;

/** The import wired over a test database, and the seed page: garbled, bilingual, twelve paragraphs. */
final class TextImportFixtures {

    private TextImportFixtures() {}

    static TextImport textImport(CoreServices core) {
        return new TextImport(core.dsl(), core.practiceEditing(), core.initiativeEditing(), new LanguageQueries(core.dsl()));
    }

    static byte[] seed() {
        try (InputStream in = TextImportFixtures.class.getResourceAsStream("seed-garbled.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
