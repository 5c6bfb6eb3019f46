package dev.dlint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bugs the reliability properties found, pinned as examples. */
class RegressionTest {
    private final Linter linter = new Linter();

    @Test
    void onbuildRunBeforeTheFirstFromDoesNotCrashTheBuildModel() {
        SourceFile f = SourceFile.of("Dockerfile", "ONBUILD RUN pip install numpy\nFROM python:3.12\n");
        List<Diagnostic> ds = linter.lint(f, FileKind.DOCKERFILE).diagnostics();
        assertThat(ds).extracting(Diagnostic::code).doesNotContain("E900");
    }

    @Test
    void cacheMountFixIsNotOfferedForAHomeDirectoryWithSpaces() {
        SourceFile f = SourceFile.of("Dockerfile",
                "# syntax=docker/dockerfile:1\nFROM python:3.12\nUSER a b\nRUN pip install numpy\n");
        List<Diagnostic> ds = linter.lint(f, FileKind.DOCKERFILE).diagnostics();
        assertThat(ds).filteredOn(d -> d.code().equals("CA102")).allSatisfy(d -> assertThat(d.fix()).isNull());
    }

    @Test
    void aPipelineEndingInAPipeDoesNotCrashSh501() {
        SourceFile f = SourceFile.of("Dockerfile", "FROM x\nRUN curl -OL https://e.x/a.zip |\n");
        assertThat(linter.lint(f, FileKind.DOCKERFILE).diagnostics()).extracting(Diagnostic::code)
                .doesNotContain("E900");
    }

    @Test
    void loneCarriageReturnIsKeptInTheTokenStream() {
        String text = "FROM x\nUSER model\rserver\n";
        StringBuilder sb = new StringBuilder();
        dev.dlint.syntax.dockerfile.DockerfileSyntax.tokens(SourceFile.of("Dockerfile", text)).stream()
                .filter(t -> t.getType() != org.antlr.v4.runtime.Token.EOF).forEach(t -> sb.append(t.getText()));
        assertThat(sb.toString()).isEqualTo(text);
    }
}
