package dev.dlint.discover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.rules.FileKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileClassifierTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
        "Dockerfile, '', DOCKERFILE",
        "dockerfile, '', DOCKERFILE",
        "DOCKERFILE, '', DOCKERFILE",
        "Containerfile, '', DOCKERFILE",
        "app.Dockerfile, '', DOCKERFILE",
        "app.dockerfile, '', DOCKERFILE",
        "Dockerfile.dev, '', DOCKERFILE",
        "dockerfile.prod, '', DOCKERFILE",
        "Containerfile.arm64, '', DOCKERFILE",
        "Dockerfile.sh, '', DOCKERFILE",
        ".dockerignore, '', DOCKERIGNORE",
        "Dockerfile.dockerignore, '', DOCKERIGNORE",
        "app.Dockerfile.dockerignore, '', DOCKERIGNORE",
        "install.sh, '', SHELL_SCRIPT",
        "INSTALL.SH, '', SHELL_SCRIPT",
        "setup.bash, '', SHELL_SCRIPT",
        "requirements.txt, '', REQUIREMENTS",
        "requirements-dev.txt, '', REQUIREMENTS",
        "Requirements_test.TXT, '', REQUIREMENTS",
        "constraints.txt, '', REQUIREMENTS",
        "base.txt, requirements, REQUIREMENTS",
        "requirements.in, '', REQUIREMENTS",
        "constraints-dev.in, '', REQUIREMENTS",
        "dev.in, requirements, REQUIREMENTS",
        "Dockerfilex, '', -",
        "mydockerfile, '', -",
        "Dockerfile., '', -",
        ".sh, '', -",
        "notes.txt, '', -",
        "Makefile.in, '', -",
        "config.h.in, '', -",
        "dockerignore, '', -",
        "README.md, '', -",
        "script.py, '', -",
    })
    void classifiesByName(String name, String parent, FileKind expected) {
        assertThat(FileClassifier.byName(name, parent, s -> false)).isEqualTo(expected);
    }

    @Test
    void inFileBesideItsCompiledTxtIsRequirements() {
        Set<String> siblings = Set.of("dev.txt");
        assertThat(FileClassifier.byName("dev.in", "", siblings::contains)).isEqualTo(FileKind.REQUIREMENTS);
        assertThat(FileClassifier.byName("prod.in", "", siblings::contains)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "#!/bin/sh", "#!/bin/bash", "#! /bin/bash -e", "#!/usr/bin/env bash", "#!/usr/bin/env -S bash -eu",
        "#!/usr/bin/env LC_ALL=C sh", "#!/bin/dash", "#!/bin/ash", "#!/usr/bin/zsh", "#!/bin/sh\r",
    })
    void shellShebangs(String line) {
        assertThat(FileClassifier.isShellShebang(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "#!/usr/bin/env python3", "#!/usr/bin/perl", "# not a shebang", "#!", "#!/usr/bin/env", "#!/bin/bashful",
        "echo hi", "#!/usr/bin/fish",
    })
    void otherShebangs(String line) {
        assertThat(FileClassifier.isShellShebang(line)).isFalse();
    }

    @Test
    void shebangDecidesOnlyForFilesWithoutExtension(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("entrypoint"), "#!/bin/bash\nexec \"$@\"\n");
        Files.writeString(dir.resolve("tool.py"), "#!/bin/sh\n");
        Files.writeString(dir.resolve("LICENSE"), "MIT License\n");
        Files.write(dir.resolve("blob"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0});
        assertThat(FileClassifier.classify(dir.resolve("entrypoint"))).isEqualTo(FileKind.SHELL_SCRIPT);
        assertThat(FileClassifier.classify(dir.resolve("tool.py"))).isNull();
        assertThat(FileClassifier.classify(dir.resolve("LICENSE"))).isNull();
        assertThat(FileClassifier.classify(dir.resolve("blob"))).isNull();
    }

    @Test
    void shebangReadIsBounded(@TempDir Path dir) throws IOException {
        // A first line longer than the limit is not read to its end.
        Files.writeString(dir.resolve("long"), "#!/bin/sh " + "x".repeat(1_000_000) + "\n");
        assertThat(FileClassifier.hasShellShebang(dir.resolve("long"))).isTrue();
        Files.writeString(dir.resolve("padded"), "#!" + " ".repeat(FileClassifier.SHEBANG_LIMIT) + "/bin/sh\n");
        assertThat(FileClassifier.hasShellShebang(dir.resolve("padded"))).isFalse();
    }

    @Test
    void explicitFilesAreAlwaysLinted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("build"), "FROM alpine\n");
        Files.writeString(dir.resolve("run"), "#!/usr/bin/env sh\n");
        Files.writeString(dir.resolve("deps.txt"), "flask\n", StandardCharsets.UTF_8);
        assertThat(FileClassifier.classifyExplicit(dir.resolve("build"))).isEqualTo(FileKind.DOCKERFILE);
        assertThat(FileClassifier.classifyExplicit(dir.resolve("run"))).isEqualTo(FileKind.SHELL_SCRIPT);
        assertThat(FileClassifier.classifyExplicit(dir.resolve("deps.txt"))).isEqualTo(FileKind.DOCKERFILE);
        assertThat(FileClassifier.classifyExplicit(dir.resolve("requirements.txt"))).isEqualTo(FileKind.REQUIREMENTS);
    }

    @Test
    void stdinIsClassifiedByNameThenContent() {
        assertThat(FileClassifier.classifyText("", "FROM alpine\n")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(FileClassifier.classifyText("", "#!/bin/bash\nset -e\n")).isEqualTo(FileKind.SHELL_SCRIPT);
        assertThat(FileClassifier.classifyText("ci/install.sh", "")).isEqualTo(FileKind.SHELL_SCRIPT);
        assertThat(FileClassifier.classifyText("requirements/base.txt", "")).isEqualTo(FileKind.REQUIREMENTS);
        assertThat(FileClassifier.classifyText("app/.dockerignore", "")).isEqualTo(FileKind.DOCKERIGNORE);
    }
}
