package org.proximite.web.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image this build wrote (web-ui/target/proximite-image.tar, profile "image", see
 * bin/image) works without Docker: unpacked layer by layer and run as a container runtime would run
 * it, it starts the Java runtime it carries as its user 1000, keeps its data on the volume /data,
 * turns ready, serves the guide with the chapters it ships and makes a PDF edition.
 */
@ExtendWith(NeedsImage.class)
class ContainerImageIT {

    private static final String PASSWORD = "Image-test-" + UUID.randomUUID();

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The image's files hold absolute links into it; removed here, without following any. */
    @AfterEach
    void removeTheUnpackedImage() throws Exception {
        assertThat(new ProcessBuilder("rm", "-rf", "--one-file-system", work.toString() + "/rootfs", work.toString() + "/image")
                .inheritIO().start().waitFor()).isZero();
    }

    @Test
    void startsAsItsUserWithItsOwnJavaServesTheGuideFromTheDataVolumeAndMakesAPdf() throws Exception {
        assertThat(System.getProperty(NeedsImage.PROPERTY)).as(NeedsImage.NO_IMAGE).isNotNull();
        Path imageTar = Path.of(System.getProperty(NeedsImage.PROPERTY));
        long unpacking = System.nanoTime();
        UnpackedImage image = UnpackedImage.unpack(imageTar, work);
        System.out.printf("Image %s (%d MB) unpacked in %d ms%n", imageTar.getFileName(), Files.size(imageTar) >> 20,
                (System.nanoTime() - unpacking) / 1_000_000);
        assertThat(image.strings("Env")).contains("PROXIMITE_DATA_DIR=/data");
        assertThat(image.string("User", "")).isEqualTo("1000:1000");

        int port = freePort();
        long starting = System.nanoTime();
        List<String> settings = List.of("PORT=" + port, "SERVER_ADDRESS=127.0.0.1", "PROXIMITE_ADMIN_PASSWORD=" + PASSWORD);
        try (ChrootedContainer container = ChrootedContainer.start(image, settings, work.resolve("container.log"))) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
                assertThat(container.isRunning()).as("the container runs; its log:%n%s", container.log()).isTrue();
                return status("/actuator/health/readiness", port) == 200;
            });
            System.out.printf("Ready in the container %d ms after its start%n", (System.nanoTime() - starting) / 1_000_000);

            ProcessHandle program = container.program().orElseThrow();
            assertThat(Files.readString(Path.of("/proc", program.pid() + "", "status")))
                    .as("runs as the image's user").containsPattern("(?m)^Uid:\\s+1000\\s+1000");
            assertThat(Files.readSymbolicLink(Path.of("/proc", program.pid() + "", "exe")))
                    .as("the image's own Java runtime").isEqualTo(image.root().resolve("opt/java/bin/java"));

            HttpResponse<String> home = get("/guide/fr/", port);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Bienvenue sur Proximité");
            assertThat(get("/guide/fr/practices/local-security-council", port).statusCode())
                    .as("a practice of the chapter the image ships and installs at first start").isEqualTo(200);

            assertThat(pdfText(madeEditionPdf(port))).as("a PDF made in the image, with its own font and no system fonts")
                    .contains("Édition", "Références");

            Path data = image.root().resolve("data");
            assertThat(data.resolve("plugins")).as("installed chapters on the volume").isDirectory();
            assertThat(Files.getAttribute(data.resolve("plugins"), "unix:uid")).as("owned by the image's user").isEqualTo(1000);
        }
    }

    /** Asks for the French edition of the Guinea chapter, waits until it is made and downloads its PDF. */
    private byte[] madeEditionPdf(int port) throws Exception {
        HttpResponse<String> started = http.send(request("/api/v1/editions", port)
                .header("Content-Type", "application/json").header("X-Requested-With", "test")
                .POST(HttpRequest.BodyPublishers.ofString("{\"scope\": \"guinea\", \"languages\": [\"fr\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonMapper json = JsonMapper.builder().build();
        String progress = json.readTree(started.body()).get("progressUrl").asString();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> !json.readTree(get(progress, port).body()).get("state").asString().equals("building"));
        JsonNode edition = json.readTree(get(progress, port).body());
        assertThat(edition.get("state").asString()).as(edition.toString()).isEqualTo("ready");
        HttpResponse<byte[]> pdf = http.send(request("/api/v1/editions/" + edition.get("key").asString() + "/fr.pdf", port).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdf.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private int status(String path, int port) throws IOException, InterruptedException {
        try {
            return get(path, port).statusCode();
        } catch (ConnectException notListeningYet) {
            return 0;
        } catch (java.net.http.HttpTimeoutException notAnsweringYet) {
            // Listening, but still too busy starting to answer within the request's time (a loaded machine).
            return 0;
        }
    }

    private HttpResponse<String> get(String path, int port) throws IOException, InterruptedException {
        return http.send(request(path, port).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signed in as the admin the start created, with HTTP Basic. */
    private static HttpRequest.Builder request(String path, int port) {
        return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
