package org.proximite.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChapterToolTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ChapterTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aNewChapterFromTheTemplatePassesTheChecksExceptItsCountryPlaceholder() {
        Path chapter = dir.resolve("senegal");

        assertThat(run("new", "senegal", chapter.toString())).isZero();
        assertThat(chapter.resolve("src/main/resources/chapter/chapter.yaml")).content().contains("id: senegal");

        int status = run("validate", chapter.toString());

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("chapter/chapter.yaml [country]: 'XX' is not an ISO 3166-1 alpha-2 country code such as GN")
                .contains("1 problem(s) found");
        assertThat(status).isEqualTo(1);
    }

    @Test
    void aFixedChapterPasses() throws Exception {
        Path chapter = dir.resolve("senegal");
        run("new", "senegal", chapter.toString());
        Path descriptor = chapter.resolve("src/main/resources/chapter/chapter.yaml");
        Files.writeString(descriptor, Files.readString(descriptor).replace("country: XX", "country: SN"));
        out.reset();

        assertThat(run("validate", chapter.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No problem found");
    }

    @Test
    void refusesAMalformedIdAndNeverOverwrites() {
        assertThat(run("new", "Sénégal!")).isEqualTo(2);
        Path chapter = dir.resolve("x");
        assertThat(run("new", "senegal", chapter.toString())).isZero();
        assertThat(run("new", "senegal", chapter.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not be written");
    }
}
