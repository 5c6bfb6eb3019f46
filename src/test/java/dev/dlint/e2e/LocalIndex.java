package dev.dlint.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The offline package index of the base image, made from {@code testdata/e2e/index} (see its
 * README): each {@code NAME-VERSION/} becomes an sdist built by the in-tree backend
 * {@code tinybuild}, or a pure-Python wheel when {@code wheels.txt} lists it.
 */
record LocalIndex(Path sources) {
    private static final String PYPROJECT = """
            [build-system]
            requires = []
            build-backend = "tinybuild"
            backend-path = ["."]
            """;

    /** A digest of every source file: the base image is rebuilt when it changes. */
    String digest() throws IOException {
        MessageDigest sha = sha256();
        for (Path f : files(sources)) {
            sha.update(sources.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** Writes the sdists and wheels into {@code out}; returns their file names. */
    List<String> build(Path out, Path scratch) throws IOException, InterruptedException {
        Set<String> wheels = Set.copyOf(Files.readAllLines(sources.resolve("wheels.txt")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        List<String> made = new ArrayList<>();
        Files.createDirectories(out);
        for (Path project : projects()) {
            String dir = project.getFileName().toString();
            made.add(wheels.contains(dir) ? wheel(project, out) : sdist(project, out, scratch));
        }
        return made;
    }

    private List<Path> projects() throws IOException {
        try (Stream<Path> s = Files.list(sources)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("PKG-INFO"))).sorted().toList();
        }
    }

    private String sdist(Path project, Path out, Path scratch) throws IOException, InterruptedException {
        String base = project.getFileName().toString();
        Path stage = scratch.resolve(base);
        for (Path f : files(project)) {
            Path to = stage.resolve(project.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to);
        }
        Files.copy(sources.resolve("tinybuild/tinybuild.py"), stage.resolve("tinybuild.py"));
        Files.writeString(stage.resolve("pyproject.toml"), PYPROJECT);
        String name = base + ".tar.gz";
        Process tar = new ProcessBuilder("tar", "-czf", out.resolve(name).toString(), "-C", scratch.toString(), base)
                .redirectErrorStream(true).start();
        String msg = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tar.waitFor(1, TimeUnit.MINUTES) || tar.exitValue() != 0) {
            throw new IOException("tar failed for " + base + ": " + msg);
        }
        return name;
    }

    /** A wheel is a zip with the package, METADATA, WHEEL and a RECORD of sha256 digests. */
    private String wheel(Path project, Path out) throws IOException {
        String base = project.getFileName().toString();
        String distInfo = base + ".dist-info";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Path f : files(project)) {
            String rel = project.relativize(f).toString().replace('\\', '/');
            entries.put(rel.equals("PKG-INFO") ? distInfo + "/METADATA" : rel, Files.readAllBytes(f));
        }
        entries.put(distInfo + "/WHEEL", "Wheel-Version: 1.0\nGenerator: dlint-e2e\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder record = new StringBuilder();
        entries.forEach((path, d) -> record.append(path).append(",sha256=")
                .append(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256().digest(d)))
                .append(',').append(d.length).append('\n'));
        record.append(distInfo).append("/RECORD,,\n");
        entries.put(distInfo + "/RECORD", record.toString().getBytes(StandardCharsets.UTF_8));
        String name = base + "-py3-none-any.whl";
        try (OutputStream os = Files.newOutputStream(out.resolve(name)); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return name;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
