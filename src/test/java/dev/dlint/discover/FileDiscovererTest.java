package dev.dlint.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscovererTest {
    @TempDir
    Path root;

    private void file(String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private List<String> found(Discovery d) {
        return d.files().stream().map(f -> f.displayPath() + " " + f.kind()).toList();
    }

    @Test
    void walksClassifiesSortsAndSkips() throws IOException {
        file("Dockerfile", "FROM a\n");
        file("docker/app.Dockerfile", "FROM a\n");
        file("docker/Dockerfile.dev", "FROM a\n");
        file(".dockerignore", ".git\n");
        file("scripts/install.sh", "set -e\n");
        file("scripts/entrypoint", "#!/bin/sh\n");
        file("scripts/notes", "hello\n");
        file("requirements.txt", "flask==3.0\n");
        file("requirements/dev.txt", "pytest\n");
        file("requirements/dev.in", "pytest\n");
        file("README.md", "# hi\n");
        file(".git/hooks/pre-commit.sh", "#!/bin/sh\n");
        file("node_modules/x/Dockerfile", "FROM a\n");
        file("venv/bin/activate.sh", "x\n");
        file(".venv/Dockerfile", "FROM a\n");
        file(".tox/py/Dockerfile", "FROM a\n");
        file("__pycache__/Dockerfile", "FROM a\n");
        file("env/pyvenv.cfg", "home = /usr\n");
        file("env/bin/activate.sh", "x\n");

        Discovery d = new FileDiscoverer(root).discover(List.of("."));

        assertThat(d.problems()).isEmpty();
        assertThat(found(d)).containsExactly(
                ".dockerignore DOCKERIGNORE",
                "Dockerfile DOCKERFILE",
                "docker/Dockerfile.dev DOCKERFILE",
                "docker/app.Dockerfile DOCKERFILE",
                "requirements.txt REQUIREMENTS",
                "requirements/dev.in REQUIREMENTS",
                "requirements/dev.txt REQUIREMENTS",
                "scripts/entrypoint SHELL_SCRIPT",
                "scripts/install.sh SHELL_SCRIPT");
    }

    @Test
    void explicitPathsAreLintedOnceAndDisplayedRelative() throws IOException {
        file("Dockerfile", "FROM a\n");
        file("build/recipe", "FROM a\n");
        Discovery d = new FileDiscoverer(root).discover(List.of("./Dockerfile", ".", root.resolve("Dockerfile").toString(),
                "build/recipe", "node_modules/../Dockerfile"));
        assertThat(found(d)).containsExactly("Dockerfile DOCKERFILE", "build/recipe DOCKERFILE");
        assertThat(d.files().get(0).path()).isAbsolute();
    }

    @Test
    void explicitlyNamedSkippedDirectoryIsWalked() throws IOException {
        file("venv/Dockerfile", "FROM a\n");
        Discovery d = new FileDiscoverer(root).discover(List.of("venv"));
        assertThat(found(d)).containsExactly("venv/Dockerfile DOCKERFILE");
    }

    @Test
    void pathsOutsideTheWorkingDirectoryAreAbsolute(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("Dockerfile"), "FROM a\n");
        Discovery d = new FileDiscoverer(root).discover(List.of(other.toString()));
        assertThat(d.files()).singleElement()
                .satisfies(f -> assertThat(f.displayPath()).isEqualTo(other.resolve("Dockerfile").toString()));
    }

    @Test
    void missingPathIsAProblemAndTheRestIsStillFound() throws IOException {
        file("Dockerfile", "FROM a\n");
        Discovery d = new FileDiscoverer(root).discover(List.of("nope/Dockerfile", "."));
        assertThat(d.problems()).containsExactly(new DiscoveryProblem("nope/Dockerfile", "no such file or directory"));
        assertThat(found(d)).containsExactly("Dockerfile DOCKERFILE");
    }

    @Test
    void symlinkLoopIsReportedOnceAndTheWalkContinues() throws IOException {
        file("a/Dockerfile", "FROM a\n");
        file("z/Dockerfile", "FROM a\n");
        Files.createSymbolicLink(root.resolve("a/loop"), root.resolve("a"));
        Files.createSymbolicLink(root.resolve("a/up"), Path.of(".."));
        Discovery d = new FileDiscoverer(root).discover(List.of("."));
        assertThat(found(d)).containsExactly("a/Dockerfile DOCKERFILE", "z/Dockerfile DOCKERFILE");
        assertThat(d.problems()).extracting(DiscoveryProblem::displayPath).containsExactly("a/loop", "a/up");
        assertThat(d.problems()).allSatisfy(p -> assertThat(p.reason()).contains("symbolic link loop"));
    }

    @Test
    void selfReferencingAndDanglingLinks() throws IOException {
        Files.createSymbolicLink(root.resolve("Dockerfile"), Path.of("Dockerfile"));
        Files.createSymbolicLink(root.resolve("run.sh"), Path.of("missing.sh"));
        Files.createSymbolicLink(root.resolve("junk"), Path.of("missing"));
        Discovery d = new FileDiscoverer(root).discover(List.of("."));
        assertThat(d.files()).isEmpty();
        assertThat(d.problems()).containsExactly(
                new DiscoveryProblem("Dockerfile", "symbolic link loop"),
                new DiscoveryProblem("run.sh", "broken symbolic link"));
    }

    @Test
    void symlinkedDirectoryIsFollowedAndDeduplicated() throws IOException {
        file("real/Dockerfile", "FROM a\n");
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
        Discovery d = new FileDiscoverer(root).discover(List.of("."));
        assertThat(d.problems()).isEmpty();
        assertThat(found(d)).containsExactly("alias/Dockerfile DOCKERFILE");
    }

    @Test
    void directoryNamedDockerfileIsAClearErrorWhenNamedAndEmptyOfLintableFiles() throws IOException {
        file("Dockerfile/README", "x\n");
        file("svc/Dockerfile", "FROM a\n");
        file("pkg/dockerfile/build.sh", "x\n");
        Discovery walked = new FileDiscoverer(root).discover(List.of("."));
        assertThat(walked.problems()).isEmpty();
        assertThat(found(walked)).containsExactly("pkg/dockerfile/build.sh SHELL_SCRIPT", "svc/Dockerfile DOCKERFILE");
        Discovery named = new FileDiscoverer(root).discover(List.of("Dockerfile", "pkg/dockerfile"));
        assertThat(named.problems()).containsExactly(new DiscoveryProblem("Dockerfile", "is a directory, not a Dockerfile"));
        assertThat(found(named)).containsExactly("pkg/dockerfile/build.sh SHELL_SCRIPT");
    }

    @Test
    void unreadableDirectoryIsReported() throws IOException {
        file("locked/Dockerfile", "FROM a\n");
        file("open/Dockerfile", "FROM a\n");
        Path locked = root.resolve("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(locked)).as("running as root: permissions are not enforced").isFalse();
            Discovery d = new FileDiscoverer(root).discover(List.of("."));
            assertThat(d.problems()).containsExactly(new DiscoveryProblem("locked", "permission denied"));
            assertThat(found(d)).containsExactly("open/Dockerfile DOCKERFILE");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void displayPathUsesForwardSlashesAndDotForTheRoot() {
        FileDiscoverer d = new FileDiscoverer(root);
        assertThat(d.displayPath(root)).isEqualTo(".");
        assertThat(d.displayPath(root.resolve("a/b/Dockerfile"))).isEqualTo("a/b/Dockerfile");
        assertThat(d.displayPath(Path.of("x/../y"))).isEqualTo("y");
    }
}
