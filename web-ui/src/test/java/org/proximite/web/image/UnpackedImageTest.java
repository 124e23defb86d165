package org.proximite.web.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layers unpack in order, and a layer's whiteouts remove what the layers below it wrote. */
class UnpackedImageTest {

    @TempDir
    Path work;

    @Test
    void laterLayersOverwriteAndTheirWhiteoutsRemoveFilesAndEmptyFolders() throws Exception {
        Path image = Files.createDirectories(work.resolve("made"));
        layer(image, "lower", List.of("etc/kept", "etc/removed", "var/cache/old", "var/cache/older"));
        layer(image, "upper", List.of("etc/.wh.removed", "var/cache/.wh..wh..opq", "var/cache/new", "etc/added"));
        Files.writeString(image.resolve("config.json"), """
                {"config": {"Env": ["A=1", "B=2"], "Entrypoint": ["run"], "User": "1000:1000"},
                 "rootfs": {"type": "layers", "diff_ids": ["sha256:1", "sha256:2"]}}""");
        Files.writeString(image.resolve("manifest.json"), """
                [{"Config": "config.json", "Layers": ["lower.tar", "upper.tar"]}]""");
        run(List.of("tar", "-cf", work.resolve("image.tar").toString(), "-C", image.toString(), "manifest.json", "config.json",
                "lower.tar", "upper.tar"));

        UnpackedImage unpacked = UnpackedImage.unpack(work.resolve("image.tar"), work.resolve("unpacked"));

        Path root = unpacked.root();
        assertThat(root.resolve("etc/kept")).hasContent("lower etc/kept");
        assertThat(root.resolve("etc/added")).hasContent("upper etc/added");
        assertThat(root.resolve("etc/removed")).doesNotExist();
        assertThat(root.resolve("etc/.wh.removed")).doesNotExist();
        assertThat(root.resolve("var/cache")).isDirectoryContaining(path -> path.endsWith("new"));
        assertThat(root.resolve("var/cache/old")).doesNotExist();
        assertThat(root.resolve("var/cache/older")).doesNotExist();
        assertThat(root.resolve("var/cache/.wh..wh..opq")).doesNotExist();
        assertThat(unpacked.strings("Env")).containsExactly("A=1", "B=2");
        assertThat(unpacked.strings("Cmd")).isEmpty();
        assertThat(unpacked.string("WorkingDir", "/")).isEqualTo("/");
        assertThat(unpacked.string("User", "0:0")).isEqualTo("1000:1000");
    }

    /** A layer tar holding the given files, each with a text that says which layer wrote it. */
    private void layer(Path image, String name, List<String> files) throws Exception {
        Path folder = Files.createDirectories(work.resolve(name));
        for (String file : files) {
            Files.createDirectories(folder.resolve(file).getParent());
            Files.writeString(folder.resolve(file), name + " " + file);
        }
        run(List.of("tar", "-cf", image.resolve(name + ".tar").toString(), "-C", folder.toString(), "etc", "var"));
    }

    private static void run(List<String> command) throws Exception {
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as("%s", command).isZero();
    }
}
