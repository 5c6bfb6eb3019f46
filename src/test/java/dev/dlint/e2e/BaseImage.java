package dev.dlint.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fixtures' base image, made without any registry: a minimal Debian with Python from the apt
 * mirror the machine already uses ({@code debootstrap}), committed once as {@link #DEBIAN} and kept
 * in the suite's storage between runs; on top of it {@link #PYTHON} adds the offline package index
 * and a {@code /etc/pip.conf} that makes pip use only that, rebuilt when the index sources change.
 */
final class BaseImage {
    static final String DEBIAN = "localhost/dlint-e2e-debian:bookworm";
    static final String PYTHON = "localhost/dlint-e2e-python:bookworm";
    private static final String LABEL = "dev.dlint.e2e.index";
    private static final String PIP_CONF = "[global]\nno-index = true\nfind-links = /srv/pypi\n";

    private BaseImage() {
    }

    /** Makes sure both images exist and the Python one carries the current index; returns what it did. */
    static String ensure(Buildah buildah, LocalIndex index, Path scratch) throws IOException, InterruptedException {
        StringBuilder did = new StringBuilder();
        if (!exists(buildah, DEBIAN)) {
            long start = System.nanoTime();
            debootstrap(buildah);
            did.append("debootstrapped ").append(DEBIAN).append(" in ").append(seconds(start)).append(" s; ");
        }
        String digest = index.digest();
        Buildah.Result label = buildah.run("inspect", "--type", "image", "--format",
                "{{index .OCIv1.Config.Labels \"" + LABEL + "\"}}", PYTHON);
        if (label.code() != 0 || !label.output().strip().equals(digest)) {
            long start = System.nanoTime();
            Path repo = scratch.resolve("pypi");
            List<String> packages = index.build(repo, Files.createDirectories(scratch.resolve("sdist-staging")));
            Files.writeString(scratch.resolve("pip.conf"), PIP_CONF);
            String c = buildah.run("from", "--pull=never", DEBIAN).ok().lastLine();
            try {
                buildah.run("copy", c, repo.toString(), "/srv/pypi").ok();
                buildah.run("copy", c, scratch.resolve("pip.conf").toString(), "/etc/pip.conf").ok();
                buildah.run("config", "--label", LABEL + "=" + digest, "--cmd", "[\"python3\"]", c).ok();
                buildah.run("commit", "--rm", "-q", c, PYTHON).ok();
            } finally {
                buildah.run("rm", c);
            }
            did.append("built ").append(PYTHON).append(" with ").append(packages).append(" in ")
                    .append(seconds(start)).append(" s");
        }
        return did.isEmpty() ? "base images cached" : did.toString();
    }

    static boolean exists(Buildah buildah, String image) throws IOException, InterruptedException {
        return buildah.run("inspect", "--type", "image", "--format", "{{.FromImageID}}", image).code() == 0;
    }

    /** debootstrap straight into a scratch container's root, trimmed of what no build needs. */
    private static void debootstrap(Buildah buildah) throws IOException, InterruptedException {
        String c = buildah.run("from", "scratch").ok().lastLine();
        try {
            Path root = Path.of(buildah.run("mount", c).ok().lastLine());
            Buildah.Result boot = buildah.exec(List.of("debootstrap", "--variant=minbase",
                    "--include=python3,python3-venv,python3-pip", "bookworm", root.toString(), mirror()),
                    Duration.ofMinutes(20));
            boot.ok();
            for (String dir : List.of("var/cache/apt/archives", "var/lib/apt/lists", "usr/share/doc",
                    "usr/share/man", "usr/share/locale")) {
                buildah.exec(List.of("find", root.resolve(dir).toString(), "-mindepth", "1", "-delete"),
                        Duration.ofMinutes(2)).ok();
            }
            buildah.run("umount", c).ok();
            buildah.run("config", "--cmd", "[\"python3\"]", c).ok();
            buildah.run("commit", "--rm", "-q", c, DEBIAN).ok();
        } finally {
            buildah.run("rm", c);
        }
    }

    /**
     * The Debian mirror apt uses here (deb822 {@code .sources} or one-line {@code .list} entries for
     * bookworm), so the suite needs no other network access than apt already has.
     */
    static String mirror() throws IOException {
        String override = System.getenv("DLINT_E2E_MIRROR");
        if (override != null && !override.isBlank()) {
            return override;
        }
        List<Path> files = new ArrayList<>();
        files.add(Path.of("/etc/apt/sources.list"));
        Path d = Path.of("/etc/apt/sources.list.d");
        if (Files.isDirectory(d)) {
            try (Stream<Path> s = Files.list(d)) {
                s.sorted().forEach(files::add);
            }
        }
        for (Path f : files) {
            if (Files.isRegularFile(f)) {
                Optional<String> m = bookwormUri(Files.readAllLines(f));
                if (m.isPresent()) {
                    return m.get();
                }
            }
        }
        return "http://deb.debian.org/debian";
    }

    static Optional<String> bookwormUri(List<String> lines) {
        String uri = null;
        boolean bookworm = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("deb ")) {
                String[] w = line.replaceAll("\\[[^]]*]", " ").trim().split("\\s+");
                if (w.length >= 3 && w[2].equals("bookworm")) {
                    return Optional.of(w[1]);
                }
            } else if (line.startsWith("URIs:")) {
                uri = line.substring(5).trim().split("\\s+")[0];
            } else if (line.startsWith("Suites:")) {
                bookworm = List.of(line.substring(7).trim().split("\\s+")).contains("bookworm");
            } else if (line.isEmpty()) {
                uri = null;
                bookworm = false;
            }
            if (uri != null && bookworm) {
                return Optional.of(uri);
            }
        }
        return Optional.empty();
    }

    private static long seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
    }
}
