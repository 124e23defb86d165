package org.proximite.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.format.content.InvalidChapterException;
import org.proximite.chapter.format.offline.OfflineChapterCheck;

/**
 * {@code bin/chapter new ID [FOLDER]} writes a chapter to start from; {@code bin/chapter validate
 * PATH [--depends-on JAR]...} runs on a chapter folder or jar the checks the server runs before an
 * upload, and prints every problem with its file and field.
 */
public final class ChapterTool {

    private ChapterTool() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length >= 2 && args[0].equals("new")) {
            return create(args[1], args.length > 2 ? Path.of(args[2]) : Path.of(args[1]), out, err);
        }
        if (args.length >= 2 && args[0].equals("validate")) {
            return validate(args, out, err);
        }
        err.println("""
                Usage:
                  bin/chapter new ID [FOLDER]                      start a chapter from the template
                  bin/chapter validate PATH [--depends-on JAR]...  check a chapter folder or jar as the server will""");
        return 2;
    }

    private static int create(String id, Path folder, PrintStream out, PrintStream err) {
        if (!ChapterLayout.isValidSlug(id)) {
            err.println("'" + id + "' cannot be a chapter id: use lower-case letters, digits and single hyphens, e.g. senegal");
            return 2;
        }
        try {
            ChapterTemplate.write(id, folder);
        } catch (IOException e) {
            err.println("The chapter could not be written to " + folder + ": " + e.getMessage());
            return 1;
        }
        out.println("Chapter '" + id + "' written to " + folder.toAbsolutePath().normalize() + ".");
        out.println("Edit the files under src/main/resources/chapter/, check them with: bin/chapter validate " + folder);
        out.println("then build the jar with: mvn package (in " + folder + "), and upload it on the Chapters page.");
        return 0;
    }

    private static int validate(String[] args, PrintStream out, PrintStream err) {
        Path chapter = Path.of(args[1]);
        Path content = chapter.resolve("src/main/resources").toFile().isDirectory() ? chapter.resolve("src/main/resources") : chapter;
        Set<String> dependencyPractices = new HashSet<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            if (!args[i].equals("--depends-on")) {
                err.println("Unknown option " + args[i]);
                return 2;
            }
            try {
                dependencyPractices.addAll(OfflineChapterCheck.practicesOf(Path.of(args[i + 1])));
            } catch (IOException | InvalidChapterException e) {
                err.println("The chapter " + args[i + 1] + " it depends on cannot be read: " + e.getMessage());
                return 2;
            }
        }
        if (!content.toFile().exists()) {
            err.println("Nothing at " + chapter);
            return 2;
        }
        List<String> problems = new ArrayList<>(OfflineChapterCheck.check(content, dependencyPractices));
        if (problems.isEmpty()) {
            out.println("No problem found in " + chapter + ".");
            return 0;
        }
        problems.forEach(problem -> out.println("- " + problem));
        out.println(problems.size() + " problem(s) found in " + chapter + ": the server would refuse this chapter.");
        return 1;
    }
}
