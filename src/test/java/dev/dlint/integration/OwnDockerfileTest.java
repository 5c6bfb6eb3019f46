package dev.dlint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Linter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** dlint's own Dockerfile passes dlint with the default rules (its build context is the repository root). */
class OwnDockerfileTest {

    @Test
    void ownDockerfileIsClean() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path dockerfile = root.resolve("Dockerfile");
        SourceFile file = SourceFile.of(dockerfile, "Dockerfile", Files.readString(dockerfile, StandardCharsets.UTF_8), false);

        FileResult result = new Linter().lint(file, FileKind.DOCKERFILE);

        assertThat(result.diagnostics())
                .extracting(d -> d.code() + " " + d.start().line() + ": " + d.message())
                .isEmpty();
    }

    @Test
    void dockerignoreKeepsBuildOutputAndGitOut() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        // Dockerfile.dockerignore, BuildKit's per-Dockerfile ignore file (see its header for why).
        Path ignore = root.resolve("Dockerfile.dockerignore");
        assertThat(Files.readAllLines(ignore)).contains("target", ".git");
        SourceFile file = SourceFile.of(ignore, "Dockerfile.dockerignore", Files.readString(ignore), false);
        assertThat(new Linter().lint(file, FileKind.DOCKERIGNORE).diagnostics()).extracting(Diagnostic::code).isEmpty();
    }
}
