package org.proximite.web.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An image tar as {@code docker save} and Jib write it (manifest.json, the image configuration, one
 * tar per layer), unpacked the way a container runtime does it: each layer over the ones before it,
 * in order, its whiteouts ({@code .wh.name} removes a lower file, {@code .wh..wh..opq} empties a lower
 * folder) applied before its files are written, owners and modes kept.
 *
 * @param root the container's root file system
 * @param config the image's run configuration: {@code Env}, {@code Entrypoint}, {@code Cmd},
 *     {@code WorkingDir}, {@code User}
 */
record UnpackedImage(Path root, JsonNode config) {

    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";

    static UnpackedImage unpack(Path imageTar, Path work) throws IOException, InterruptedException {
        Path image = Files.createDirectories(work.resolve("image"));
        Path root = Files.createDirectories(work.resolve("rootfs"));
        tar("-xf", imageTar.toString(), "-C", image.toString());
        JsonMapper json = JsonMapper.builder().build();
        JsonNode manifest = json.readTree(Files.readString(image.resolve("manifest.json"))).get(0);
        JsonNode config = json.readTree(Files.readString(image.resolve(manifest.get("Config").asString())));
        assertThat(config.get("rootfs").get("diff_ids")).as("one diff_id per layer").hasSize(manifest.get("Layers").size());
        for (JsonNode layer : manifest.get("Layers")) {
            Path layerTar = image.resolve(layer.asString());
            applyWhiteouts(root, tar("-tf", layerTar.toString()));
            // As root, tar keeps the owners and modes the layer records.
            tar("-xf", layerTar.toString(), "-C", root.toString(), "--numeric-owner", "--exclude=" + WHITEOUT + "*");
        }
        return new UnpackedImage(root, config.get("config"));
    }

    List<String> strings(String field) {
        List<String> values = new ArrayList<>();
        JsonNode node = config.get(field);
        if (node != null && node.isArray()) {
            node.forEach(value -> values.add(value.asString()));
        }
        return values;
    }

    String string(String field, String otherwise) {
        JsonNode node = config.get(field);
        return node == null || node.isNull() || node.asString().isEmpty() ? otherwise : node.asString();
    }

    private static void applyWhiteouts(Path root, List<String> entries) throws IOException {
        for (String entry : entries) {
            Path path = root.resolve(entry.replaceFirst("^\\./", "")).normalize();
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (!path.startsWith(root) || !name.startsWith(WHITEOUT)) {
                continue;
            }
            if (name.equals(OPAQUE)) {
                try (Stream<Path> lower = Files.exists(path.getParent()) ? Files.list(path.getParent()) : Stream.empty()) {
                    for (Path child : lower.toList()) {
                        delete(child);
                    }
                }
            } else {
                delete(path.resolveSibling(name.substring(WHITEOUT.length())));
            }
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    /** GNU tar, which recognises gzip-compressed layers by itself; its standard output as lines. */
    private static List<String> tar(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tar", "--warning=no-unknown-keyword"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = process.inputReader().lines().toList();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("tar finished").isTrue();
        assertThat(process.exitValue()).as("tar %s", command).isZero();
        return lines;
    }
}
