package org.proximite.core.testing;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.pf4j.ExtensionPoint;
import org.proximite.chapter.api.PracticeCheck;

/**
 * Real code chapters for tests: Java source compiled with the JDK's compiler against the chapter
 * API and PF4J, indexed for PF4J where it is an extension, and added to the Guinea chapter's
 * content as version 1.5.0, as an author's build would do.
 */
public final class TestCodeChapters {

    private TestCodeChapters() {}

    /**
     * @param checkBody the body of {@code check(String language, PracticeText text)}, returning a list of warnings
     */
    public static Path withPracticeCheck(Path work, String name, String checkBody) throws Exception {
        String source = """
                package org.example.checks;

                import java.util.List;
                import org.pf4j.Extension;
                import org.proximite.chapter.api.PracticeCheck;
                import org.proximite.chapter.api.PracticeEntry.PracticeText;

                @Extension
                public class %s implements PracticeCheck {
                    @Override
                    public List<String> check(String language, PracticeText text) {
                        %s
                    }
                }
                """.formatted(name, checkBody);
        return codeChapter(work, name, source, true, null);
    }

    /** A code chapter whose plugin class fails to start. */
    public static Path withFailingStart(Path work) throws Exception {
        return withFailingStart(work, "\"cannot start: missing configuration\"");
    }

    /** A code chapter whose plugin class fails to start with the message this Java expression makes. */
    public static Path withFailingStart(Path work, String message) throws Exception {
        String source = """
                package org.example.checks;

                public class FailingStart extends org.pf4j.Plugin {
                    @Override
                    public void start() {
                        throw new IllegalStateException(%s);
                    }
                }
                """.formatted(message);
        return codeChapter(work, "FailingStart", source, false, "org.example.checks.FailingStart");
    }

    private static Path codeChapter(Path work, String name, String source, boolean extension, String pluginClass) throws Exception {
        Path sources = Files.createDirectories(work.resolve(name + "-src/org/example/checks"));
        String className = "org.example.checks." + name;
        Files.writeString(sources.resolve(name + ".java"), source);
        Path classes = Files.createDirectories(work.resolve(name + "-classes"));
        String classpath = location(PracticeCheck.class) + java.io.File.pathSeparator + location(ExtensionPoint.class);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-proc:none", "-classpath", classpath, "-d", classes.toString(),
                sources.resolve(name + ".java").toString());
        if (status != 0) {
            throw new IllegalStateException("The test chapter's code did not compile");
        }
        Path jar = work.resolve(name + ".jar");
        try (JarInputStream guinea = new JarInputStream(Files.newInputStream(TestChapterJars.guinea()))) {
            Manifest manifest = guinea.getManifest();
            manifest.getMainAttributes().putValue("Plugin-Version", "1.5.0");
            if (pluginClass != null) {
                manifest.getMainAttributes().putValue("Plugin-Class", pluginClass);
            }
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream copy = new JarOutputStream(out, manifest)) {
                for (JarEntry entry = guinea.getNextJarEntry(); entry != null; entry = guinea.getNextJarEntry()) {
                    byte[] bytes = guinea.readAllBytes();
                    copy.putNextEntry(new JarEntry(entry.getName()));
                    copy.write(bytes);
                    copy.closeEntry();
                }
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        copy.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                        copy.write(Files.readAllBytes(file));
                        copy.closeEntry();
                    }
                }
                if (extension) {
                    copy.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                    copy.write((className + "\n").getBytes(StandardCharsets.UTF_8));
                    copy.closeEntry();
                }
            }
        }
        return jar;
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
