package dev.dlint.report;

import static dev.dlint.report.Fixtures.diag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.fix.Fix;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatterTest {
    private static final SourceFile DOCKERFILE = SourceFile.of("app/Dockerfile", String.join("\n",
            "FROM python:3.12",
            "COPY . .",
            "RUN pip install -r requirements.txt \\",
            "    && cd /app",
            ""));

    private static String render(boolean color, boolean concise, int files, int errors, Diagnostic... ds) throws IOException {
        List<Diagnostic> list = new ArrayList<>(List.of(ds));
        list.sort(Diagnostic.ORDER);
        StringWriter w = new StringWriter();
        new TextFormatter(color, concise).write(new Report("1.0", list, files, errors, 0), w);
        return w.toString();
    }

    @Test
    void findingsWithSnippetsAndSummary() throws IOException {
        Diagnostic ca102 = diag(DOCKERFILE, "RUN pip install -r requirements.txt \\\n    && cd /app", 0, "CA102",
                "missing-cache-mount", Severity.WARNING, "pip install without a cache mount",
                Fix.safe("add a cache mount").insert(26, "--mount=type=cache,target=/root/.cache/pip ").build());
        Diagnostic sh504 = diag(DOCKERFILE, "cd", 0, "SH504", "cd-instead-of-workdir", Severity.INFO,
                "use WORKDIR instead of cd", null);
        Diagnostic pn201 = diag(DOCKERFILE, "python:3.12", 0, "PN201", "unpinned-base-image", Severity.ERROR,
                "pin the base image", Fix.unsafe("pin").replace(Span.of(5, 16), "python:3.12.1").build());

        assertThat(render(false, false, 2, 0, sh504, ca102, pn201)).isEqualTo("""
                app/Dockerfile:1:6: PN201 pin the base image
                  |
                1 | FROM python:3.12
                  |      ^^^^^^^^^^^

                app/Dockerfile:3:1: CA102 [*] pip install without a cache mount
                  |
                3 | RUN pip install -r requirements.txt \\
                  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                app/Dockerfile:4:8: SH504 use WORKDIR instead of cd
                  |
                4 |     && cd /app
                  |        ^^

                Found 3 problems (1 error, 1 warning, 1 info) in 2 files.
                [*] 1 fixable with --fix.
                1 more fix is available with --fix --unsafe-fixes.
                """);
    }

    @Test
    void allChecksPassed() throws IOException {
        assertThat(render(false, false, 3, 0)).isEqualTo("All checks passed.\n");
        assertThat(render(false, true, 3, 2)).isEqualTo("All checks passed.\n"
                + "2 paths could not be checked (see the errors above).\n");
    }

    @Test
    void conciseHasNoSnippets() throws IOException {
        Diagnostic d = diag(DOCKERFILE, "COPY . .", 0, "CA106", "missing-dockerignore", Severity.INFO, "no .dockerignore", null);
        assertThat(render(false, true, 1, 0, d)).isEqualTo("""
                app/Dockerfile:2:1: CA106 no .dockerignore

                Found 1 problem (0 errors, 0 warnings, 1 info) in 1 file.
                """);
    }

    @Test
    void emptySpanGetsOneCaretEvenAtTheEndOfALine() throws IOException {
        SourceFile f = SourceFile.of("Dockerfile", "FROM a\nRUN x\n");
        Diagnostic d = diag(f, Span.empty(6), "DF601", "missing-syntax-directive", Severity.WARNING, "m", null);
        assertThat(render(false, false, 1, 0, d)).startsWith("""
                Dockerfile:1:7: DF601 m
                  |
                1 | FROM a
                  |       ^
                """);
    }

    @Test
    void controlCharactersAreEscapedEverywhereAndCaretsStayAligned() throws IOException {
        SourceFile f = SourceFile.of("evil\u001b[2J/Dockerfile", "RUN echo \u001b[31mred\u202e\tcurl x\r\n");
        Diagnostic d = diag(f, "curl x", 0, "SH502", "curl-pipe-shell", Severity.WARNING,
                "bad \u001b]0;title\u0007 and\nnew line \u009b", null);
        String out = render(false, false, 1, 0, d);
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b")
                .doesNotContain("\u202e").doesNotContain("\r");
        String[] lines = out.split("\n");
        assertThat(lines[0]).isEqualTo("evil\\x1b[2J/Dockerfile:1:20: SH502 bad \\x1b]0;title\\x07 and\\nnew line \\u009b");
        assertThat(lines[2]).isEqualTo("1 | RUN echo \\x1b[31mred\\u202e    curl x");
        assertThat(lines[3].indexOf('^')).isEqualTo(lines[2].indexOf("curl"));
        assertThat(lines[3]).endsWith(" ^^^^^^");
    }

    @Test
    void longLinesAreCutAroundTheSpan() throws IOException {
        String line = "RUN " + "a".repeat(5000) + " TARGET " + "b".repeat(5000);
        SourceFile f = SourceFile.of("Dockerfile", line + "\n");
        Diagnostic d = diag(f, "TARGET", 0, "XX001", "x", Severity.INFO, "m", null);
        String[] lines = render(false, false, 1, 0, d).split("\n");
        assertThat(lines[2]).startsWith("1 | ...").endsWith("...")
                .hasSizeLessThan(TextFormatter.MAX_SNIPPET + 20);
        int caret = lines[3].indexOf('^');
        assertThat(lines[2].substring(caret, caret + 6)).isEqualTo("TARGET");
        assertThat(lines[3].substring(caret)).isEqualTo("^^^^^^");
    }

    @Test
    void colorsOnlyWhenAsked() throws IOException {
        Diagnostic d = diag(DOCKERFILE, "COPY", 0, "CA106", "missing-dockerignore", Severity.ERROR, "m", null);
        assertThat(render(false, false, 1, 0, d)).doesNotContain("\u001b");
        String colored = render(true, false, 1, 0, d);
        assertThat(colored).contains("\u001b[1;31mCA106\u001b[0m").contains("\u001b[1mapp/Dockerfile\u001b[0m");
    }

    @Test
    void surrogatePairsCountAsOneColumnOfDisplay() throws IOException {
        SourceFile f = SourceFile.of("Dockerfile", "LABEL x=\"\uD83D\uDE00\" y=1\n");
        Diagnostic d = diag(f, "y=1", 0, "XX001", "x", Severity.INFO, "m", null);
        String[] lines = render(false, false, 1, 0, d).split("\n");
        assertThat(lines[0]).startsWith("Dockerfile:1:14:");
        assertThat(lines[3].indexOf('^')).isEqualTo(lines[2].indexOf("y=1"));
        assertThat(lines[3]).endsWith(" ^^^");
    }
}
