package dev.dlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dlint.source.SourceReader;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import dev.dlint.syntax.dockerfile.Instruction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {

    @TempDir
    Path tmp;

    private Path project() throws IOException {
        Path root = tmp.resolve("project");
        for (Map.Entry<String, String> e : BuildModelTest.projectFiles().entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        Files.writeString(root.resolve("Dockerfile"), BuildModelTest.MULTI_STAGE);
        Files.createDirectories(root.resolve("empty"));
        return root;
    }

    @Test
    void listsFilesRelativeSortedAndSkipsGit() throws IOException {
        BuildContext ctx = BuildContext.forDockerfile(project().resolve("Dockerfile"));
        assertThat(ctx.root()).contains(tmp.resolve("project").toAbsolutePath().normalize());
        assertThat(ctx.isKnown()).isTrue();
        assertThat(ctx.listFiles()).containsExactly(".dockerignore", "Dockerfile", "README.md",
                "requirements-dev.txt", "requirements.txt", "requirements/base.txt", "scripts/install.sh",
                "src/app.py", "src/util/helpers.py");
        assertThat(ctx.listDirectories()).contains("empty", "src/util").doesNotContain(".git");
        assertThat(ctx.listFiles()).isSameAs(ctx.listFiles());
        assertThat(ctx.truncated()).isFalse();
        assertThat(ctx.dockerIgnorePath()).contains(tmp.resolve("project/.dockerignore").toAbsolutePath());
        assertThat(ctx.isExcluded("README.md")).isTrue();
        assertThat(ctx.isExcluded(".git/config")).isTrue();
        assertThat(ctx.isExcluded("src/app.py")).isFalse();
        assertThat(ctx.exists("src/app.py")).isTrue();
        assertThat(ctx.exists("./src//app.py")).isTrue();
        assertThat(ctx.exists("src/nope.py")).isFalse();
        assertThat(ctx.isDirectory("src")).isTrue();
        assertThat(ctx.isDirectory("src/app.py")).isFalse();
        assertThat(ctx.readString("requirements/base.txt")).contains("flask==3.0.0\n");
    }

    @Test
    void resolveNeverLeavesTheRoot() throws IOException {
        Path root = project();
        Files.writeString(tmp.resolve("secret.txt"), "s");
        BuildContext ctx = BuildContext.of(root);
        assertThat(ctx.resolve("src/app.py")).contains(root.resolve("src/app.py").toAbsolutePath());
        assertThat(ctx.resolve("src/../requirements.txt")).isPresent();
        assertThat(ctx.resolve("../secret.txt")).isEmpty();
        assertThat(ctx.resolve("src/../../secret.txt")).isEmpty();
        assertThat(ctx.resolve(tmp.resolve("secret.txt").toAbsolutePath().toString())).isEmpty();
        assertThat(ctx.resolve("/requirements.txt")).isEmpty();
        assertThat(ctx.exists("../secret.txt")).isFalse();
    }

    @Test
    void symlinksWhoseRealPathIsOutsideAreRefused() throws IOException {
        Path root = project();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "s");
        try {
            Files.createSymbolicLink(root.resolve("leak.txt"), outside.resolve("secret.txt"));
            Files.createSymbolicLink(root.resolve("leakdir"), outside);
            Files.createSymbolicLink(root.resolve("inside.txt"), root.resolve("requirements.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "symlinks not supported: " + e);
        }
        BuildContext ctx = BuildContext.of(root);
        assertThat(ctx.resolve("leak.txt")).isEmpty();
        assertThat(ctx.resolve("leakdir/secret.txt")).isEmpty();
        assertThat(ctx.resolve("leakdir")).isEmpty();
        assertThat(ctx.readString("leak.txt")).isEmpty();
        assertThat(ctx.isDirectory("leakdir")).isFalse();
        assertThat(ctx.resolve("inside.txt")).isPresent();
        // Listed (a symlink is an entry of the context) but never followed by the walk.
        assertThat(ctx.listFiles()).contains("leak.txt", "leakdir", "inside.txt")
                .noneMatch(f -> f.startsWith("leakdir/"));
    }

    @Test
    void dockerfileSpecificIgnoreWins() throws IOException {
        Path root = project();
        Files.writeString(root.resolve("Dockerfile.dockerignore"), "src\n");
        BuildContext ctx = BuildContext.of(root, root.resolve("Dockerfile"));
        assertThat(ctx.isExcluded("src/app.py")).isTrue();
        assertThat(ctx.isExcluded("README.md")).isFalse();
    }

    @Test
    void inMemoryContext() {
        BuildContext ctx = BuildContext.inMemory(BuildModelTest.projectFiles());
        assertThat(ctx.root()).isEmpty();
        assertThat(ctx.isKnown()).isTrue();
        assertThat(ctx.hasDockerIgnore()).isTrue();
        assertThat(ctx.listFiles()).doesNotContain(".git/config").contains("src/util/helpers.py");
        assertThat(ctx.isDirectory("src/util")).isTrue();
        assertThat(ctx.isDirectory(".")).isTrue();
        assertThat(ctx.exists("src")).isTrue();
        assertThat(ctx.exists("../src")).isFalse();
        assertThat(ctx.isExcluded("README.md")).isTrue();
        assertThat(ctx.readString("scripts/install.sh")).hasValueSatisfying(s -> assertThat(s).startsWith("#!/bin/sh"));
        assertThat(ctx.resolve("src/app.py")).isEmpty();
    }

    @Test
    void unknownContext() {
        BuildContext ctx = BuildContext.unknown();
        assertThat(ctx.isKnown()).isFalse();
        assertThat(ctx.listFiles()).isEmpty();
        assertThat(ctx.exists("x")).isFalse();
        assertThat(ctx.dockerIgnore().isEmpty()).isTrue();
    }

    @Test
    void walkIsBounded() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("big"));
        // Not 100,000 files in a unit test: just check the bound is reported and respected.
        for (int i = 0; i < 5; i++) {
            Files.writeString(root.resolve("f" + i), "");
        }
        BuildContext ctx = BuildContext.of(root);
        assertThat(ctx.listFiles()).hasSize(5);
        assertThat(ctx.truncated()).isFalse();
        assertThat(BuildContext.MAX_ENTRIES).isEqualTo(100_000);
    }

    @Test
    void buildModelOnDiskResolvesCopies() throws Exception {
        Path root = project();
        Path dockerfile = root.resolve("Dockerfile");
        BuildModel m = BuildModel.of(DockerfileSyntax.parse(new SourceReader().read(dockerfile, "Dockerfile")),
                BuildContext.forDockerfile(dockerfile));
        Instruction run = BuildModelTest.at(m, "RUN bash /app/scripts/install.sh");
        assertThat(m.contextFileAt("/app/scripts/install.sh", run)).contains("scripts/install.sh");
        assertThat(m.copiedFiles(BuildModelTest.at(m, "COPY requirements*.txt")))
                .extracting(CopiedFile::contextPath, CopiedFile::imagePath)
                .containsExactly(
                        tuple("requirements-dev.txt", "/app/requirements-dev.txt"),
                        tuple("requirements.txt", "/app/requirements.txt"));
        assertThat(m.copiedFiles(BuildModelTest.at(m, "COPY . ."))).extracting(CopiedFile::contextPath)
                .contains("src/util/helpers.py", "Dockerfile").doesNotContain("README.md", ".git/config");
    }
}
