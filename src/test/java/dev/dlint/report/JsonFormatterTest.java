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
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFormatterTest {

    private static String render(Report r) throws IOException {
        StringWriter w = new StringWriter();
        new JsonFormatter().write(r, w);
        return w.toString();
    }

    @Test
    void shapeOfDesignMd() throws IOException {
        String copy = "COPY --chown=app:app . /srv/app";
        assertThat(copy).hasSize(31);
        SourceFile f = SourceFile.of("app/Dockerfile", "FROM python:3.12\nRUN apt-get update\n\n" + copy + "\n");
        Diagnostic withFix = diag(f, copy, 0, "CA101", "copy-before-install", Severity.WARNING,
                "the install re-runs on every change", Fix.safe("narrow the COPY")
                        .replace(Span.of(17, 26), "RUN --mount").insert(0, "# syntax=docker/dockerfile:1\n").build());
        Diagnostic without = diag(f, "python:3.12", 0, "PN201", "unpinned-base-image", Severity.ERROR, "pin it", null);
        Report r = new Report("1.2.3", List.of(without, withFix), 3, 1, 0);

        assertThat(render(r)).isEqualTo("{\"version\":\"1.2.3\",\"diagnostics\":["
                + "{\"path\":\"app/Dockerfile\",\"code\":\"PN201\",\"name\":\"unpinned-base-image\",\"severity\":\"error\","
                + "\"message\":\"pin it\",\"line\":1,\"column\":6,\"endLine\":1,\"endColumn\":17,\"fix\":null},"
                + "{\"path\":\"app/Dockerfile\",\"code\":\"CA101\",\"name\":\"copy-before-install\",\"severity\":\"warning\","
                + "\"message\":\"the install re-runs on every change\",\"line\":4,\"column\":1,\"endLine\":4,\"endColumn\":32,"
                + "\"fix\":{\"applicability\":\"safe\",\"description\":\"narrow the COPY\",\"edits\":["
                + "{\"line\":1,\"column\":1,\"endLine\":1,\"endColumn\":1,\"content\":\"# syntax=docker/dockerfile:1\\n\"},"
                + "{\"line\":2,\"column\":1,\"endLine\":2,\"endColumn\":10,\"content\":\"RUN --mount\"}]}}],"
                + "\"summary\":{\"files\":3,\"diagnostics\":2,\"fixed\":0,\"errors\":1}}\n");
    }

    @Test
    void emptyReport() throws IOException {
        assertThat(render(new Report("dev", List.of(), 0, 0, 0))).isEqualTo(
                "{\"version\":\"dev\",\"diagnostics\":[],\"summary\":{\"files\":0,\"diagnostics\":0,\"fixed\":0,\"errors\":0}}\n");
    }

    @Test
    void multiLineSpansAndUtf16Columns() throws IOException {
        SourceFile f = SourceFile.of("Dockerfile", "LABEL a=\"\uD83D\uDE00\"\r\nRUN a \\\r\n  b\r\n");
        Diagnostic run = diag(f, "RUN a \\\r\n  b", 0, "XX001", "x", Severity.INFO, "m", null);
        Diagnostic after = diag(f, Span.of(11, 12), "XX002", "y", Severity.INFO, "m", null);
        String json = render(new Report("v", List.of(after, run), 1, 0, 0));
        // The emoji is two UTF-16 units: the closing quote is at column 12.
        assertThat(json).contains("\"code\":\"XX002\",\"name\":\"y\",\"severity\":\"info\",\"message\":\"m\","
                + "\"line\":1,\"column\":12,\"endLine\":1,\"endColumn\":13");
        assertThat(json).contains("\"line\":2,\"column\":1,\"endLine\":3,\"endColumn\":4");
    }

    @Test
    void terminalControlsAreEscaped() throws IOException {
        SourceFile f = SourceFile.of("x\u001b[1m/Dockerfile", "RUN x\n");
        Diagnostic d = diag(f, "RUN", 0, "XX001", "x", Severity.INFO,
                "esc \u001b[31m del \u007f csi \u009b bidi \u202e ok \u00e9 \uD83D\uDE00 quote \" tab \t",
                Fix.display("d\u001b").replace(Span.of(0, 3), "\u009b2J").build());
        String json = render(new Report("v", List.of(d), 1, 0, 0));
        assertThat(json).doesNotContain("\u001b").doesNotContain("\u007f").doesNotContain("\u009b").doesNotContain("\u202e");
        assertThat(json).contains("\"path\":\"x\\u001B[1m/Dockerfile\"")
                .contains("esc \\u001B[31m del \\u007F csi \\u009b bidi \\u202e ok \u00e9 \uD83D\uDE00 quote \\\" tab \\t")
                .contains("\"applicability\":\"display\",\"description\":\"d\\u001B\"")
                .contains("\"content\":\"\\u009b2J\"");
    }
}
