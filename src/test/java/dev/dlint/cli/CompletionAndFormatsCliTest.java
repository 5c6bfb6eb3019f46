package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.testutil.ExternalTool;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dlint completion} and the CI formats / --statistics through the command line. */
class CompletionAndFormatsCliTest {
    @TempDir
    Path cwd;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), cwd, false, s -> new Linter(s)::lint);
        int code = Main.run(args, ctx);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() throws Exception {
        Run r = run("completion");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_dlint")
                .contains("check", "rules", "explain", "completion")
                .contains("--format", "--statistics", "--fix", "--unsafe-fixes");
        // Valid bash, and completing "dlint check --st" offers --statistics.
        boolean bash = Files.isExecutable(Path.of("/bin/bash"));
        ExternalTool.require(bash, "bash");
        Path script = Files.writeString(cwd.resolve("dlint-completion.bash"), r.out());
        Process p = new ProcessBuilder("/bin/bash", "-c", "source \"$1\" && COMP_WORDS=(dlint check --st) && COMP_CWORD=2"
                + " && COMP_LINE='dlint check --st' && COMP_POINT=${#COMP_LINE} && _complete_dlint && printf '%s\\n' \"${COMPREPLY[@]}\"",
                "bash", script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).contains("--statistics");
    }

    @Test
    void ciFormatsAndStatistics() throws Exception {
        Files.writeString(cwd.resolve("Dockerfile"), "FROM python:3.12\nRUN pip install -r requirements.txt\n");
        Files.writeString(cwd.resolve("requirements.txt"), "flask==3.0.3\n");
        for (String format : List.of("checkstyle", "junit", "gitlab", "CHECKSTYLE")) {
            Run r = run("check", "--format", format, "Dockerfile");
            assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(1);
            assertThat(r.out()).contains("Dockerfile");
        }
        assertThat(run("check", "--format", "checkstyle", "Dockerfile").out()).contains("source=\"dlint.");
        Run stats = run("check", "--statistics", "--no-color", "Dockerfile");
        assertThat(stats.code()).isEqualTo(1);
        assertThat(stats.out()).containsPattern("(?m)^ +\\d+ [A-Z]{2}\\d{3} [a-z-]+$").contains("Found ");
        Run bad = run("check", "--statistics", "--format", "sarif", "Dockerfile");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--statistics needs a text or json report");
        Run unknown = run("check", "--format", "xml", "Dockerfile");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("checkstyle, gitlab or junit");
    }
}
