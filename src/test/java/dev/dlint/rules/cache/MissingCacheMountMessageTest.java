package dev.dlint.rules.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.RuleRegistry;
import dev.dlint.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CA102's message says what the command really does with its downloads: a pip that runs with
 * {@code --no-cache-dir} keeps no cache, so "downloads into /root/.cache/pip" would be untrue there.
 */
class MissingCacheMountMessageTest {
    private static String message(String dockerfile) {
        Linter linter = new Linter(List.of(RuleRegistry.find("CA102").orElseThrow()));
        List<Diagnostic> found = linter.lint(SourceFile.of("Dockerfile", dockerfile), FileKind.DOCKERFILE).diagnostics();
        assertThat(found).hasSize(1);
        return found.get(0).message();
    }

    @Test
    void aCachingInstallDownloadsIntoTheCacheDirectory() {
        assertThat(message("FROM python:3.12\nRUN pip install -r requirements.txt\n"))
                .isEqualTo("`pip install` downloads into /root/.cache/pip, which no cache mount holds: every rebuild of"
                        + " this layer downloads everything again; add `--mount=type=cache,target=/root/.cache/pip` to"
                        + " the RUN");
    }

    @Test
    void noCacheDirIsNamedAndReplaced() {
        assertThat(message("FROM python:3.12\nRUN pip3 install --no-cache-dir -r requirements.txt\n"))
                .isEqualTo("`pip3 install` runs with `--no-cache-dir`, so it keeps no download cache: every rebuild of"
                        + " this layer downloads everything again; add `--mount=type=cache,target=/root/.cache/pip` to"
                        + " the RUN in place of `--no-cache-dir` (the downloads stay out of the image either way)");
    }

    @Test
    void aVariableThatTurnsTheCacheOffIsNamed() {
        assertThat(message("FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r requirements.txt\n"))
                .startsWith("`pip install` keeps no download cache (PIP_NO_CACHE_DIR is set): ")
                .endsWith(" to the RUN and unset PIP_NO_CACHE_DIR");
    }
}
