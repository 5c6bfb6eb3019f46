package dev.dlint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What dlint prints cannot drive a terminal, and --fix writes nothing but the files it fixes. */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private static final String ESC_RUN = "FROM python:3.12\nRUN pip install \u001b[31mnumpy\u009b31m \u001b]0;title\u0007\n"
            + "RUN echo \"\u001b[2J\"\n";

    @Test
    void controlCharactersAreEscapedInEveryFormat() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), ESC_RUN);
        Files.writeString(dir.resolve("e\u001b[31m.Dockerfile"), ESC_RUN);
        // A syntax error quotes the bad instruction, so the ESC reaches a message, not only a path.
        Files.writeString(dir.resolve("bad.Dockerfile"), "FROM x\nR\u001b[31mUN y\nCOPY --chown=\u001b[2J a b\n");
        for (String format : new String[] {"text", "json", "sarif", "github", "checkstyle", "gitlab", "junit"}) {
            String out = PropertiesTest.runCli(dir, "--format", format, "--no-color", ".");
            assertThat(out).as(format + " output has a diagnostic").contains("Dockerfile");
            assertThat(out.chars().filter(c -> c == 0x1b || c == 0x9b || c == 0x07).count())
                    .as(format + ": raw control characters in\n" + out).isZero();
            out.lines().filter(l -> l.toLowerCase().contains("u001b") || l.contains("\\x1b"))
                    .limit(2).forEach(l -> System.out.println("escaped (" + format + "): "
                            + (l.length() > 160 ? l.substring(0, 160) : l)));
            // The E001 quotes the instruction word as written: escaped, never upper-cased or dropped.
            if (format.equals("json") || format.equals("sarif") || format.equals("gitlab")) {
                assertThat(out).as(format).containsPattern("unknown instruction: R\\\\u001[bB]\\[31mUN"); // Jackson upper-cases the hex
            } else {
                assertThat(out).as(format).contains("unknown instruction: R\\x1b[31mUN");
            }
        }
    }

    @Test
    void fixWritesOnlyTheFilesWhoseTextChanged() throws IOException {
        Map<String, String> files = new TreeMap<>();
        files.put("a/Dockerfile", "FROM python:3.12\nRUN pip install numpy\n");
        files.put("b/Dockerfile", "FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl | cat\n");
        files.put("c/Dockerfile", "# syntax=docker/dockerfile:1\nFROM scratch\nCOPY x /x\n");
        files.put("c/x", "data\n");
        files.put("d/install.sh", "#!/bin/sh\npip install numpy\n");
        files.put("d/requirements.txt", "numpy\n");
        files.put("README.md", "# hi\n");
        files.put("e/Dockerfile", "FROM python:3.12\nRUN pip install flask\n");
        FileTime old = FileTime.fromMillis(946_684_800_000L);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
            Files.setLastModifiedTime(p, old);
        }
        Map<String, byte[]> before = snapshot();

        // Only the named files may change, even though e/Dockerfile has fixable findings too.
        String out = PropertiesTest.runCli(dir, "--fix", "--unsafe-fixes", "a/Dockerfile", "b/Dockerfile",
                "c/Dockerfile", "d/install.sh");
        Map<String, byte[]> after = snapshot();
        assertThat(after.keySet()).as(out).containsAll(before.keySet());
        int changed = 0;
        for (String rel : before.keySet()) {
            Path p = dir.resolve(rel);
            boolean same = Arrays.equals(before.get(rel), after.get(rel));
            if (same) {
                assertThat(Files.getLastModifiedTime(p)).as(rel + " was rewritten without a change").isEqualTo(old);
            } else {
                changed++;
                assertThat(rel).as("changed a file not given").isIn("a/Dockerfile", "b/Dockerfile", "c/Dockerfile",
                        "d/install.sh");
            }
        }
        assertThat(changed).as("some fix applied:\n" + out).isPositive();
        for (String created : after.keySet()) {
            if (!before.containsKey(created)) {
                System.out.println("fix created " + created);
                assertThat(dir.resolve(created).getParent()).as("a created file beside a given file")
                        .isIn(dir.resolve("a"), dir.resolve("b"), dir.resolve("c"), dir.resolve("d"));
            }
        }
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return m;
    }
}
