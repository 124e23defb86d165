package org.proximite.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files of a new chapter, with its id written in; never overwrites an existing file. */
final class ChapterTemplate {

    static final List<String> FILES = List.of(
            "pom.xml",
            "README.md",
            "src/main/resources/chapter/chapter.yaml",
            "src/main/resources/chapter/themes.yaml",
            "src/main/resources/chapter/practices/example-practice.yaml",
            "src/main/resources/chapter/practices/example-practice.fr.md",
            "src/main/resources/chapter/practices/example-practice.en.md");

    private ChapterTemplate() {}

    static void write(String id, Path folder) throws IOException {
        for (String file : FILES) {
            Path target = folder.resolve(file);
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
        }
        for (String file : FILES) {
            try (InputStream in = ChapterTemplate.class.getResourceAsStream("/template/" + file)) {
                if (in == null) {
                    throw new IOException("the template file " + file + " is missing from this build");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__ID__", id);
                Path target = folder.resolve(file);
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
    }
}
