package org.proximite.chapter.format.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.chapter.format.content.ContentChecks.problems;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.TestChapter;

/** A chapter's logo is a PNG image; an SVG, however it hides a script, is never taken. */
class LogoTest {

    @TempDir
    Path dir;

    TestChapter chapter;

    @BeforeEach
    void writeAChapterThatPasses() throws Exception {
        chapter = TestChapter.in(dir);
    }

    @Test
    void aPngLogoIsTaken() throws IOException {
        chapter.write("chapter/branding.yaml", "colour: \"#1F7A4D\"\nlogo: branding/logo.png\n");
        chapter.write("chapter/branding/logo.png", png(256, 256));

        assertThat(problems(chapter)).isEmpty();
    }

    @Test
    void aHugePngIsRefused() throws IOException {
        chapter.write("chapter/branding.yaml", "logo: branding/logo.png\n");
        chapter.write("chapter/branding/logo.png", png(4000, 10));

        assertThat(problems(chapter)).extracting(Reason::toString)
                .containsExactly("chapter/branding/logo.png: is 4000 × 10 pixels; a logo is at most 1024 × 1024");
    }

    /** Scripts as filters miss them: namespaced, entity-encoded, or in CSS. */
    private static final String[] HOSTILE_SVGS = {
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:s='http://www.w3.org/2000/svg'><s:script>alert(1)</s:script></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'><a xlink:href='&#x6A;avascript:alert(1)'><rect width='9' height='9'/></a></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'><style>rect { fill: url(https://tracker.example/x.svg#p) }</style><rect/></svg>",
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY s '&#60;script&#62;'>]><svg>&s;alert(1)</svg>",
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void anSvgLogoIsRefusedWhateverItCarries(int which) {
        chapter.write("chapter/branding.yaml", "logo: branding/logo.svg\n");
        chapter.write("chapter/branding/logo.svg", HOSTILE_SVGS[which]);

        assertThat(problems(chapter)).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("content.logo.name");
            assertThat(reason.toString()).contains("an SVG logo is not accepted: export it as PNG");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void anSvgNamedAsAPngIsRefused(int which) {
        chapter.write("chapter/branding.yaml", "logo: branding/logo.png\n");
        chapter.write("chapter/branding/logo.png", HOSTILE_SVGS[which].getBytes(StandardCharsets.UTF_8));

        assertThat(problems(chapter)).extracting(Reason::code).containsExactly("content.logo.svg");
    }

    @Test
    void aLogoOutsideTheChapterFolderIsNeverRead() {
        chapter.write("chapter/branding.yaml", "logo: ../../../../etc/passwd.png\n");

        assertThat(problems(chapter)).extracting(Reason::code).containsExactly("content.logo.name");
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }
}
