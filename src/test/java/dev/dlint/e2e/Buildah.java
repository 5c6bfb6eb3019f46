package dev.dlint.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code buildah} command line on the suite's own storage: images, layers and cache mounts live
 * under {@code home} (outside the repository), so the suite can prune freely without touching the
 * user's images, and the base image survives between runs. vfs and chroot isolation work as root
 * without fuse-overlayfs or user namespaces.
 */
record Buildah(Path home) {

    /** Where buildah keeps {@code RUN --mount=type=cache} directories: {@code $TMPDIR/buildah-cache/<target>}. */
    Path cacheMount(String target) {
        return tmp().resolve("buildah-cache").resolve(target.replaceFirst("^/+", ""));
    }

    Path tmp() {
        return home.resolve("tmp");
    }

    Result run(String... args) throws IOException, InterruptedException {
        return run(Duration.ofMinutes(10), args);
    }

    Result run(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("buildah", "--root", home.resolve("storage").toString(),
                "--runroot", home.resolve("run").toString(), "--storage-driver", "vfs"));
        cmd.addAll(List.of(args));
        return exec(cmd, timeout);
    }

    /** Runs a command with the suite's TMPDIR (buildah's cache mounts follow it), noting when each output line came. */
    Result exec(List<String> cmd, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(tmp());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("TMPDIR", tmp().toString());
        long start = System.nanoTime();
        Process p = pb.start();
        List<Line> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(new Line(l, Duration.ofNanos(System.nanoTime() - start)));
                }
            } catch (IOException e) {
                lines.add(new Line("(output lost: " + e + ")", Duration.ofNanos(System.nanoTime() - start)));
            }
        });
        reader.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("timed out after " + timeout + ": " + String.join(" ", cmd));
        }
        reader.join();
        return new Result(String.join(" ", cmd), p.exitValue(), List.copyOf(lines),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** An output line and when it was read, from the start of the command. */
    record Line(String text, Duration at) {
    }

    /** A finished command: its exit code, merged stdout and stderr, and wall time. */
    record Result(String command, int code, List<Line> lines, Duration took) {
        String output() {
            StringBuilder b = new StringBuilder();
            lines.forEach(l -> b.append(l.text()).append('\n'));
            return b.toString();
        }

        Result ok() {
            if (code != 0) {
                throw new AssertionError("exit " + code + ": " + command + "\n" + output());
            }
            return this;
        }

        /** The last non-empty line (buildah prints the id it made there). */
        String lastLine() {
            String[] all = output().strip().split("\n");
            return all[all.length - 1].strip();
        }
    }
}
