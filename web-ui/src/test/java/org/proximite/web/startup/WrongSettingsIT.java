package org.proximite.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built application, started as an operator starts it ({@code java -jar}), with one wrong
 * setting at a time: it stops at once with the one message that names the variable and its
 * value, no stack trace, and nothing created.
 */
class WrongSettingsIT {

    private static final Path JAR = Path.of("target/proximite.jar").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void refusesAnUnknownProximiteVariableAndNamesTheClosestSetting() throws Exception {
        Path dataDir = temp.resolve("data");
        Started run = start(Map.of("PROXIMITE_DATA_DIR", dataDir.toString(), "PROXIMITE_DB_ULR", "jdbc:postgresql://db/proximite"));

        run.saysOnly("settings.variable.unknown", "PROXIMITE_DB_ULR", 30, "PROXIMITE_DB_URL");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void refusesAPortThatIsNotANumber() throws Exception {
        Path dataDir = temp.resolve("data");
        Started run = start(Map.of("PROXIMITE_DATA_DIR", dataDir.toString(), "PORT", "abc"));

        run.saysOnly("settings.port.notANumber", "PORT", "abc");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void namesThePortAsGivenOnTheCommandLine() throws Exception {
        Path dataDir = temp.resolve("data");
        Started asArgument = start(Map.of("PROXIMITE_DATA_DIR", dataDir.toString()), List.of(), List.of("--server.port=eighty"));
        asArgument.saysOnly("settings.port.notANumber", "--server.port", "eighty");
        Started asJavaOption = start(Map.of("PROXIMITE_DATA_DIR", dataDir.toString()), List.of("-Dserver.port=-1"), List.of());
        asJavaOption.saysOnly("settings.port.notANumber", "-Dserver.port", "-1");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void refusesAPortAnotherProgramListensOn() throws Exception {
        Path dataDir = temp.resolve("data");
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(0));
            String port = Integer.toString(other.getLocalPort());
            Started run = start(Map.of("PROXIMITE_DATA_DIR", dataDir.toString(), "PORT", port));

            run.saysOnly("settings.port.busy", "PORT", port);
        }
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void refusesADataDirThatIsAFileAndLeavesTheFileAsItWas() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "an operator's notes");
        Started run = start(Map.of("PROXIMITE_DATA_DIR", file.toString()));

        run.saysOnly("settings.dataDir.notAFolder", "PROXIMITE_DATA_DIR", file.toString());
        assertThat(file).hasContent("an operator's notes");
    }

    @Test
    void refusesADataDirThatCannotBeCreated() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "an operator's notes");
        Path under = file.resolve("data");
        Started run = start(Map.of("PROXIMITE_DATA_DIR", under.toString()));

        run.saysOnly("settings.dataDir.notCreatable", "PROXIMITE_DATA_DIR", under.toString(), file.toString());
        assertThat(file).hasContent("an operator's notes");
    }

    @Test
    void refusesAnUnreachableDatabaseBeforeCreatingTheDataDir() throws Exception {
        Path dataDir = temp.resolve("data");
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/proximite";
        Started run = start(Map.of("PROXIMITE_DATA_DIR", dataDir.toString(), "PROXIMITE_DB_URL", url, "PROXIMITE_DB_PASSWORD", "secret"));

        assertThat(run.exitCode).isNotZero();
        assertThat(run.output).contains(StartupMessages.text("settings.db.unreachable.action", Locale.ENGLISH, "PROXIMITE_DB_URL", url))
                .contains("PROXIMITE_DB_URL=" + url).doesNotContain("secret");
        run.hasNoStackTrace();
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void refusesADataDirAnotherRunningInstanceHoldsAndTouchesNothingInIt() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("data"));
        try (FileChannel held = FileChannel.open(dataDir.resolve(DataDirLock.FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = held.lock()) {
            held.write(java.nio.ByteBuffer.wrap("4242".getBytes(StandardCharsets.US_ASCII)));
            Started run = start(Map.of("PROXIMITE_DATA_DIR", dataDir.toString()));

            run.saysOnly("settings.dataDir.inUse", "PROXIMITE_DATA_DIR", dataDir.toString(), "4242");
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly(DataDirLock.FILE);
        }
    }

    @Test
    void speaksTheOperatorsLanguage() throws Exception {
        Started run = start(Map.of("PROXIMITE_DATA_DIR", temp.resolve("data").toString(), "PORT", "huit"), "-Duser.language=fr");

        assertThat(run.output).contains(StartupMessages.text("settings.port.notANumber.problem", Locale.FRENCH, "PORT", "huit"));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private Started start(Map<String, String> settings, String... jvmOptions) throws Exception {
        return start(settings, List.of(jvmOptions), List.of());
    }

    private Started start(Map<String, String> settings, List<String> jvmOptions, List<String> arguments) throws Exception {
        assertThat(JAR).as("the application jar, built by the package phase").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Duser.language=en"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(temp.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PROXIMITE_") || name.equals("PORT"));
        Map<String, String> all = new HashMap<>(Map.of("PROXIMITE_ADMIN_PASSWORD", "wrong-settings-test-only", "PORT", "0"));
        all.putAll(settings);
        environment.putAll(all);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Started(process.exitValue(), output);
    }

    private record Started(int exitCode, String output) {

        void saysOnly(String code, Object... parameters) {
            assertThat(exitCode).as(output).isNotZero();
            assertThat(output).contains(StartupMessages.text(code + ".problem", Locale.ENGLISH, parameters))
                    .contains(StartupMessages.text(code + ".action", Locale.ENGLISH, parameters));
            hasNoStackTrace();
        }

        void hasNoStackTrace() {
            assertThat(output).as(output).doesNotContain("\tat ", "Exception");
            assertThat(output.lines().filter(line -> !line.isBlank()).count()).as(output).isLessThan(15);
        }
    }
}
