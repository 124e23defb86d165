package org.proximite.web.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An unpacked image run the way a container runtime runs it, without one: in its own mount and PID
 * namespaces ({@code unshare}, a fresh {@code /proc}, a {@code /dev} with the few devices a JVM opens), chrooted into the
 * image's root file system as the image's user, with only the image's environment (plus the given
 * variables), in its working directory, its entrypoint and command as the program. The network is
 * the host's: the test gives the application a port on the loopback address.
 */
final class ChrootedContainer implements AutoCloseable {

    private static final List<String> DEVICES = List.of("null", "zero", "full", "random", "urandom");
    private static final String SETUP = """
            root="$1"; user="$2"; shift 2
            mkdir -p "$root/dev" || exit 1
            for device in %s; do
                : > "$root/dev/$device" && mount --bind "/dev/$device" "$root/dev/$device" || exit 1
            done
            exec chroot --userspec="$user" "$root" "$@"
            """.formatted(String.join(" ", DEVICES));

    private final Process unshare;
    private final Path log;

    private ChrootedContainer(Process unshare, Path log) {
        this.unshare = unshare;
        this.log = log;
    }

    static ChrootedContainer start(UnpackedImage image, List<String> extraEnvironment, Path log) throws IOException {
        Path root = image.root();
        String user = image.string("User", "0:0");
        List<String> environment = new ArrayList<>(image.strings("Env"));
        if (environment.stream().noneMatch(variable -> variable.startsWith("HOME="))) {
            environment.add("HOME=" + home(root, user));
        }
        environment.addAll(extraEnvironment);
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--kill-child",
                "--mount-proc=" + root.resolve("proc"), "/bin/sh", "-c", SETUP, "container", root.toString(), user));
        // The image's env program: the image's variables only, the working directory, then the
        // entrypoint and command, found on the image's PATH.
        command.addAll(List.of("/usr/bin/env", "-i", "-C", image.string("WorkingDir", "/")));
        command.addAll(environment);
        command.addAll(image.strings("Entrypoint"));
        command.addAll(image.strings("Cmd"));
        Process unshare = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChrootedContainer(unshare, log);
    }

    /** The container's first process as the host sees it: the one the forked child became. */
    Optional<ProcessHandle> program() {
        return unshare.toHandle().children().findFirst();
    }

    boolean isRunning() {
        return unshare.isAlive();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** Stops the program the way a runtime does (SIGTERM to its PID), then waits for it. */
    @Override
    public void close() throws InterruptedException {
        program().ifPresent(ProcessHandle::destroy);
        if (!unshare.waitFor(30, TimeUnit.SECONDS)) {
            program().ifPresent(ProcessHandle::destroyForcibly);
            unshare.destroyForcibly();
            assertThat(unshare.waitFor(10, TimeUnit.SECONDS)).as("the container stopped").isTrue();
        }
    }

    /** The home folder the image's /etc/passwd gives the user, as runtimes set HOME; else /. */
    private static String home(Path root, String user) throws IOException {
        String uid = user.split(":")[0];
        try (var lines = Files.lines(root.resolve("etc/passwd"))) {
            return lines.map(line -> line.split(":"))
                    .filter(fields -> fields.length > 5 && (fields[0].equals(uid) || fields[2].equals(uid)))
                    .map(fields -> fields[5]).findFirst().orElse("/");
        }
    }
}
