package org.proximite.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives each test class an application of its own, on a data directory of its own and so on an
 * embedded database of its own (the application's default: an H2 file in the data directory).
 * What one class installs or writes cannot leak into another. The directory is deleted once the
 * class's application has closed.
 */
final class OwnApplicationPerTestClass implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new OwnDataDirectory(testClass);
    }

    /** Equal only for the same test class, so Spring's context cache never hands one class's application to another. */
    private record OwnDataDirectory(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            Path dataDir = createDataDirectory();
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("data directory of " + testClass.getSimpleName(), Map.of("proximite.data-dir", dataDir.toString())));
            // Registered before any bean exists, so destroyed after all of them: the database is closed by then.
            ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("deleteDataDirectoryOf" + testClass.getSimpleName(),
                    () -> deleteRecursively(dataDir));
        }

        private Path createDataDirectory() {
            try {
                return Files.createTempDirectory("proximite-" + testClass.getSimpleName() + "-").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
