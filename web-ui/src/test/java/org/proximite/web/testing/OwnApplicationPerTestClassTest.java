package org.proximite.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;

/** Test classes do not share an application, and each one's data directory goes away with it. */
class OwnApplicationPerTestClassTest {

    private final OwnApplicationPerTestClass factory = new OwnApplicationPerTestClass();

    @Test
    void twoTestClassesNeverShareAnApplication() {
        ContextCustomizer first = factory.createContextCustomizer(FirstTests.class, List.of());

        assertThat(first).isEqualTo(factory.createContextCustomizer(FirstTests.class, List.of()));
        assertThat(first).isNotEqualTo(factory.createContextCustomizer(SecondTests.class, List.of()));
    }

    @Test
    void theDataDirectoryIsDeletedWhenTheApplicationCloses() throws Exception {
        Path dataDir;
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            factory.createContextCustomizer(FirstTests.class, List.of()).customizeContext(context, null);
            context.refresh();
            dataDir = Path.of(context.getEnvironment().getRequiredProperty("proximite.data-dir"));
            Files.createDirectories(dataDir.resolve("db"));
            Files.writeString(dataDir.resolve("db/proximite.mv.db"), "a database");
            assertThat(dataDir).isDirectory();
        }

        assertThat(dataDir).doesNotExist();
    }

    private static final class FirstTests {}

    private static final class SecondTests {}
}
