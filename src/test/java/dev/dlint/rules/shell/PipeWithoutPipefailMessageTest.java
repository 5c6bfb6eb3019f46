package dev.dlint.rules.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.RuleRegistry;
import dev.dlint.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SH501's message names the command whose status the shell keeps without pipefail: the pipeline's
 * last one, not the one right after the pipe it points at.
 */
class PipeWithoutPipefailMessageTest {
    private static String message(String dockerfile) {
        Linter linter = new Linter(List.of(RuleRegistry.find("SH501").orElseThrow()));
        List<Diagnostic> found = linter.lint(SourceFile.of("Dockerfile", dockerfile), FileKind.DOCKERFILE).diagnostics();
        assertThat(found).hasSize(1);
        return found.get(0).message();
    }

    @Test
    void twoCommandsNameTheSecond() {
        assertThat(message("FROM debian:bookworm-slim\nRUN curl -fsSL https://example.com/t.tgz | tar -xz\n"))
                .startsWith("if `curl` fails, the pipeline still succeeds because only `tar`'s status counts"
                        + " without pipefail");
    }

    @Test
    void longerPipelinesNameTheLastCommand() {
        assertThat(message("FROM debian:bookworm-slim\nRUN find /usr/share -print | grep -i nupkg | xargs rm\n"))
                .startsWith("if `find` fails, the pipeline still succeeds because only `xargs`'s status counts"
                        + " without pipefail");
    }
}
