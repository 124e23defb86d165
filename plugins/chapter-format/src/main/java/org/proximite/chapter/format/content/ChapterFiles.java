package org.proximite.chapter.format.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.proximite.chapter.format.ChapterProblem;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A chapter's files under one root (a folder, or the root of an opened jar), read as UTF-8 text or
 * YAML. Every problem names the file by its name inside the chapter and, for text that cannot be
 * read or parsed, the line and column where it goes wrong.
 */
final class ChapterFiles {

    /** Larger files are refused: no chapter text needs more, and it bounds memory. */
    static final long MAX_FILE_BYTES = 1_000_000;

    private final Path root;
    private final List<ChapterProblem> problems;

    ChapterFiles(Path root, List<ChapterProblem> problems) {
        this.root = root;
        this.problems = problems;
    }

    List<ChapterProblem> problems() {
        return problems;
    }

    void problem(String file, String field, String code, Object... arguments) {
        problems.add(ChapterProblem.of(file, field, code, arguments));
    }

    boolean exists(String name) {
        return Files.exists(root.resolve(name));
    }

    boolean isFile(String name) {
        return Files.isRegularFile(root.resolve(name));
    }

    /** Names (inside the chapter) of the files of a folder ending with the suffix, sorted. */
    List<String> list(String folder, String suffix) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(suffix))
                    .sorted().map(name -> folder + name).toList();
        } catch (IOException e) {
            problem(folder, "", "content.file.unreadable");
            return List.of();
        }
    }

    /**
     * Reads dates as the text written: YAML would turn {@code 2019-13-40} into a real date a month
     * later, where the author must be told it is none. The fields that are dates parse them strictly.
     */
    private static final class DatesAsWritten extends Resolver {

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }

    /** A YAML file's top mapping; an unreadable one reports its problem once and nothing more. */
    YamlFields yaml(String name) {
        String text = text(name);
        if (text == null) {
            return YamlFields.unreadable(name, problems);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        try {
            DumperOptions dumping = new DumperOptions();
            Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumping), dumping, options, new DatesAsWritten());
            return YamlFields.root(name, yaml.load(text), problems);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = firstLine(e.getProblem() != null ? e.getProblem() : e.getContext());
            if (mark == null) {
                problem(name, "", "content.yaml.invalid", what);
            } else {
                problem(name, "", "content.yaml.invalid.at", mark.getLine() + 1, mark.getColumn() + 1, what);
            }
        } catch (YAMLException e) {
            problem(name, "", "content.yaml.invalid", firstLine(e.getMessage()));
        }
        return YamlFields.unreadable(name, problems);
    }

    /** The file as UTF-8 text, without a byte order mark; null (with its problem) when it cannot be. */
    String text(String name) {
        Path file = root.resolve(name);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problem(name, "", "content.file.too-large", MAX_FILE_BYTES);
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // The exception's text may name the server's folders: say only which file.
            problem(name, "", "content.file.unreadable");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            notUtf8(name, bytes, in.position());
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        // Some editors on Windows start UTF-8 files with a byte order mark; it is not text.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Says where the first byte that is not UTF-8 is, as an editor shows it: line and column. */
    private void notUtf8(String name, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart)).length() + 1;
        problem(name, "", "content.file.not-utf8", line, column, String.format("0x%02X", bytes[offset] & 0xFF));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    /** Reads a properties file's text as UTF-8, as the interface bundles are written. */
    Map<String, String> properties(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        java.util.Properties properties = new java.util.Properties();
        try {
            properties.load(new java.io.StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problem(name, "", "content.properties.invalid");
            return null;
        }
        Map<String, String> messages = new java.util.TreeMap<>();
        properties.forEach((key, value) -> messages.put(key.toString(), value.toString()));
        return messages;
    }

    /** The file's bytes, for files that are not text (a logo); null when it cannot be read. */
    byte[] bytes(String name) {
        Path file = root.resolve(name);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problem(name, "", "content.file.too-large", MAX_FILE_BYTES);
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problem(name, "", "content.file.unreadable");
            return null;
        }
    }
}
