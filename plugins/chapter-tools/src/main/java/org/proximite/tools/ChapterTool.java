package org.proximite.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.offline.CheckReport;
import org.proximite.chapter.format.offline.DependencyChapter;
import org.proximite.chapter.format.offline.OfflineChapterCheck;

/**
 * {@code bin/chapter new ID [FOLDER]} writes a chapter to start from; {@code bin/chapter validate
 * PATH [--depends-on JAR]...} runs on a chapter folder or jar the checks the server runs before an
 * upload, and prints every problem with its file and field, in the language of the system.
 */
public final class ChapterTool {

    private ChapterTool() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, Locale.getDefault()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Locale locale) {
        if (args.length >= 2 && args[0].equals("new")) {
            return create(args[1], args.length > 2 ? Path.of(args[2]) : Path.of(args[1]), out, err);
        }
        if (args.length >= 2 && args[0].equals("validate")) {
            return validate(args, out, err, locale);
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

    private static int validate(String[] args, PrintStream out, PrintStream err, Locale locale) {
        Path chapter = Path.of(args[1]);
        List<DependencyChapter> dependencies = new ArrayList<>();
        for (int i = 2; i < args.length; i += 2) {
            if (!args[i].equals("--depends-on") || i + 1 >= args.length) {
                err.println("Unknown option " + args[i] + ": the only option is --depends-on JAR");
                return 2;
            }
            Path jar = Path.of(args[i + 1]);
            try {
                dependencies.add(DependencyChapter.read(jar));
            } catch (ChapterRefusedException e) {
                err.println("The chapter " + jar + " it depends on cannot be read: " + e.message(locale));
                return 2;
            } catch (IOException e) {
                err.println("The chapter " + jar + " it depends on cannot be read: " + e.getMessage());
                return 2;
            }
        }
        if (!Files.exists(chapter)) {
            err.println("Nothing at " + chapter);
            return 2;
        }
        CheckReport report = OfflineChapterCheck.check(chapter, dependencies);
        for (Reason notice : report.notices()) {
            out.println("Note: " + notice.message(locale));
        }
        for (Reason warning : report.warnings()) {
            out.println("Warning: " + warning.message(locale));
        }
        if (report.passes()) {
            out.println(report.warnings().isEmpty() ? "No problem found in " + chapter + "."
                    : "No problem found in " + chapter + "; " + report.warnings().size() + " warning(s) for the editor to look at.");
            return 0;
        }
        report.problems().forEach(problem -> out.println("- " + problem.message(locale)));
        out.println(report.problems().size() + " problem(s) found in " + chapter + ": the server would refuse this chapter.");
        return 1;
    }
}
