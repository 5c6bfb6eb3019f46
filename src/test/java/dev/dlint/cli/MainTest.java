package dev.dlint.cli;

import dev.dlint.config.LintSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.engine.BatchLinter;
import dev.dlint.engine.Linter;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.pin.UnpinnedBaseImage;
import dev.dlint.engine.FileResult;
import dev.dlint.fix.Fix;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of {@link Main} in-process, with captured streams. None depends on rules. */
class MainTest {
    @TempDir
    Path cwd;

    /** Files the linter saw, with the kind it was given. */
    private final Map<String, FileKind> linted = new ConcurrentHashMap<>();
    private final Map<String, String> env = new HashMap<>();
    private boolean terminal;
    private byte[] stdin = new byte[0];

    private final BatchLinter.FileLinter recording = (file, kind) -> {
        linted.put(file.displayPath(), kind);
        return new FileResult(file, List.of());
    };

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
        }
    }

    private Run run(BatchLinter.FileLinter linter, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Function<LintSettings, BatchLinter.FileLinter> linters = settings -> linter;
        CliContext ctx = new CliContext(new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, cwd, terminal, linters);
        int code = Main.run(args, ctx);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... args) {
        return run(recording, args);
    }

    private Path write(String rel, String content) throws IOException {
        return write(rel, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String rel, byte[] content) throws IOException {
        Path p = cwd.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static JsonNode json(String s) throws IOException {
        return new ObjectMapper().readTree(s);
    }

    /** A linter that reports one warning on the first line of every file (two when it has a second line). */
    private static final BatchLinter.FileLinter FINDINGS = (file, kind) -> {
        RuleMeta rule = RuleMeta.of("XX001", "test-rule").build();
        List<Diagnostic> ds = new ArrayList<>();
        int nl = file.text().indexOf('\n');
        int end = nl < 0 ? file.text().length() : nl;
        ds.add(new Diagnostic(file, Span.of(0, end), rule, Severity.WARNING, "first line of " + kind,
                Fix.safe("drop it").delete(Span.of(0, end)).build(), List.of()));
        if (nl >= 0 && nl + 1 < file.text().length()) {
            ds.add(new Diagnostic(file, Span.of(nl + 1, nl + 2), RuleMeta.of("XX002", "other").build(), Severity.INFO,
                    "second line", null, List.of()));
        }
        return new FileResult(file, ds);
    };

    @Test
    void noArgumentsChecksTheWorkingDirectory() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        write("scripts/install.sh", "set -e\n");
        Run r = run();
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("All checks passed.\n");
        assertThat(linted).containsOnly(Map.entry("Dockerfile", FileKind.DOCKERFILE),
                Map.entry("scripts/install.sh", FileKind.SHELL_SCRIPT));
        assertThat(run("check").out()).isEqualTo(r.out());
        assertThat(run("check", ".").out()).isEqualTo(r.out());
    }

    @Test
    void badInputIsOneLineEachAndTheRestIsLinted() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        write("empty.Dockerfile", "");
        write("binary.Dockerfile", new byte[] {'F', 'R', 'O', 'M', 0, 1, 2});
        write("latin1.Dockerfile", new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        write("utf16.Dockerfile", "FROM a\n".getBytes(StandardCharsets.UTF_16));
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        write("big.Dockerfile", big);
        Files.createDirectories(cwd.resolve("svc/Dockerfile"));
        write("svc/run.sh", "echo hi\n");
        Files.createSymbolicLink(cwd.resolve("svc/loop"), cwd.resolve("svc"));

        Run r = run("--format", "json", ".", "missing/Dockerfile");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactlyInAnyOrder(
                "dlint: missing/Dockerfile: no such file or directory",
                "dlint: svc/loop: symbolic link loop (points back to svc), not followed",
                "dlint: big.Dockerfile: larger than the size limit of 8388608 bytes (see --max-file-size)",
                "dlint: binary.Dockerfile: binary file (contains NUL bytes)",
                "dlint: latin1.Dockerfile: not valid UTF-8 text",
                "dlint: utf16.Dockerfile: UTF-16 text is not supported (convert the file to UTF-8)");
        assertNoStackTrace(r);
        assertThat(linted).containsOnlyKeys("Dockerfile", "empty.Dockerfile", "svc/run.sh");
        JsonNode summary = json(r.out()).get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(3);
        assertThat(summary.get("errors").asInt()).isEqualTo(6);
    }

    @Test
    void aBigFileIsFineWithALargerLimit() throws IOException {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        write("big.Dockerfile", big);
        Run r = run("--max-file-size", "20000000", "big.Dockerfile");
        assertThat(r.code()).isZero();
        assertThat(linted).containsOnlyKeys("big.Dockerfile");
    }

    @Test
    void emptyFileIsNotAnError() throws IOException {
        write("Dockerfile", "");
        Run r = run("Dockerfile");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void nonexistentPathNamedExactly() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        Run r = run("nope", "Dockerfile");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dlint: nope: no such file or directory\n");
        assertThat(linted).containsOnlyKeys("Dockerfile");
        assertThat(r.out()).isEqualTo("All checks passed.\n1 path could not be checked (see the errors above).\n");
    }

    @Test
    void directoryNamedDockerfileOnTheCommandLine() throws IOException {
        Files.createDirectories(cwd.resolve("Dockerfile"));
        Run r = run("Dockerfile");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dlint: Dockerfile: is a directory, not a Dockerfile\n");
    }

    @Test
    void unreadableFile() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        Path locked = write("locked.Dockerfile", "FROM alpine\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(locked)).as("running as root: permissions are not enforced").isFalse();
        Run r = run(".");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dlint: locked.Dockerfile: permission denied\n");
        assertThat(linted).containsOnlyKeys("Dockerfile");
    }

    @Test
    void fifoIsRefusedWithoutBlocking() throws Exception {
        write("Dockerfile", "FROM alpine\n");
        Path fifo = cwd.resolve("pipe.Dockerfile");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeThat(false).as("mkfifo is not available").isTrue();
            return;
        }
        assumeThat(p.waitFor()).as("mkfifo failed").isZero();
        Run walked = run(".");
        Run named = run("pipe.Dockerfile", "Dockerfile");
        for (Run r : List.of(walked, named)) {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("dlint: pipe.Dockerfile: not a regular file\n");
        }
        assertThat(linted).containsOnlyKeys("Dockerfile");
    }

    @Test
    void internalErrorInOneFileDoesNotStopTheOthers() throws IOException {
        write("a/Dockerfile", "FROM alpine\n");
        write("boom/Dockerfile", "FROM alpine\n");
        write("z/Dockerfile", "FROM alpine\n");
        BatchLinter.FileLinter exploding = (file, kind) -> {
            if (file.displayPath().startsWith("boom")) {
                throw new IllegalStateException("kaput\u001b[2J");
            }
            return recording.lint(file, kind);
        };
        Run r = run(exploding, ".");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dlint: boom/Dockerfile: internal error: java.lang.IllegalStateException: kaput\\x1b[2J\n");
        assertNoStackTrace(r);
        assertThat(linted).containsOnlyKeys("a/Dockerfile", "z/Dockerfile");

        Run verbose = run(exploding, "--verbose", ".");
        assertThat(verbose.err()).contains("internal error").contains("\tat ");
    }

    /** A rule that fails on files whose text contains "boom" and reports "seen" on every other file. */
    private static final class ThrowingRule implements DockerfileRule {
        static final RuleMeta META = RuleMeta.of("XX900", "throwing-rule").severity(Severity.WARNING).build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(DockerfileContext context) {
            context.report(Span.of(0, 1), "seen before the crash"); // dropped: a crashed rule's findings do not count
            if (context.source().text().contains("boom")) {
                throw new IllegalStateException("rule exploded");
            }
        }
    }

    @Test
    void anExceptionInOneRuleOnOneFileIsAnInternalErrorThatStopsNothingElse() throws IOException {
        write("a/Dockerfile", "FROM alpine\n");
        write("boom/Dockerfile", "FROM alpine\n# boom\n");
        write("z/Dockerfile", "FROM alpine\n");
        // Through the engine's API: the real PN201 rule beside the throwing one.
        Linter linter = new Linter(List.of(new ThrowingRule(), new UnpinnedBaseImage()));
        Run r = run(linter::lint, "--format", "json", ".");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        JsonNode ds = json(r.out()).get("diagnostics");
        List<String> seen = new ArrayList<>();
        ds.forEach(d -> seen.add(d.get("path").asText() + " " + d.get("code").asText()));
        assertThat(seen).containsExactlyInAnyOrder(
                "a/Dockerfile PN201", "a/Dockerfile XX900",
                "boom/Dockerfile PN201", "boom/Dockerfile E900",
                "z/Dockerfile PN201", "z/Dockerfile XX900");
        for (JsonNode d : ds) {
            if (d.get("code").asText().equals("E900")) {
                assertThat(d.get("message").asText()).contains("XX900").contains("throwing-rule")
                        .contains("IllegalStateException: rule exploded");
                assertThat(d.get("severity").asText()).isEqualTo("error");
            }
        }
        Run text = run(linter::lint, "boom/Dockerfile");
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.out()).contains("boom/Dockerfile").contains("E900").contains("internal error in rule XX900");
        // --fail-on sets the severity that fails the check; an internal error is exit 2 whatever it is.
        assertThat(run(linter::lint, "--fail-on", "error", "boom/Dockerfile").code()).isEqualTo(2);
    }

    @Test
    void stackOverflowInALinterIsContained() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        Run r = run((file, kind) -> {
            throw new StackOverflowError();
        }, ".");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dlint: Dockerfile: internal error: java.lang.StackOverflowError\n");
    }

    @Test
    void exitCodesFollowFailOn() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        assertThat(run(FINDINGS, ".").code()).isEqualTo(1);
        assertThat(run(FINDINGS, "--fail-on", "warning", ".").code()).isEqualTo(1);
        assertThat(run(FINDINGS, "--fail-on", "ERROR", ".").code()).isZero();
        assertThat(run(recording, ".").code()).isZero();
    }

    @Test
    void textOutputWithFindings() throws IOException {
        write("Dockerfile", "FROM alpine\nRUN true\n");
        Run r = run(FINDINGS, "Dockerfile");
        assertThat(r.out()).isEqualTo("""
                Dockerfile:1:1: XX001 [*] first line of DOCKERFILE
                  |
                1 | FROM alpine
                  | ^^^^^^^^^^^

                Dockerfile:2:1: XX002 second line
                  |
                2 | RUN true
                  | ^

                Found 2 problems (0 errors, 1 warning, 1 info) in 1 file.
                [*] 1 fixable with --fix.
                """);
        assertThat(run(FINDINGS, "--quiet", "Dockerfile").out()).isEqualTo("""
                Dockerfile:1:1: XX001 [*] first line of DOCKERFILE
                Dockerfile:2:1: XX002 second line

                Found 2 problems (0 errors, 1 warning, 1 info) in 1 file.
                [*] 1 fixable with --fix.
                """);
        assertThat(run(FINDINGS, "--quiet", "--format", "json", "Dockerfile").out())
                .isEqualTo(run(FINDINGS, "--format", "json", "Dockerfile").out());
    }

    @Test
    void colorOnlyOnATerminalAndNotWhenDisabled() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        assertThat(run(FINDINGS, ".").out()).doesNotContain("\u001b");
        terminal = true;
        assertThat(run(FINDINGS, ".").out()).contains("\u001b[");
        assertThat(run(FINDINGS, "--no-color", ".").out()).doesNotContain("\u001b");
        env.put("NO_COLOR", "1");
        assertThat(run(FINDINGS, ".").out()).doesNotContain("\u001b");
        env.put("NO_COLOR", "");
        assertThat(run(FINDINGS, ".").out()).contains("\u001b[");
        assertThat(run(FINDINGS, "--format", "json", ".").out()).doesNotContain("\u001b");
    }

    @Test
    void jsonOutput() throws IOException {
        write("app/Dockerfile", "FROM alpine\n");
        JsonNode root = json(run(FINDINGS, "--format", "json", "app").out());
        assertThat(root.get("version").asText()).isEqualTo("dev");
        JsonNode d = root.get("diagnostics").get(0);
        assertThat(d.get("path").asText()).isEqualTo("app/Dockerfile");
        assertThat(d.get("code").asText()).isEqualTo("XX001");
        assertThat(d.get("name").asText()).isEqualTo("test-rule");
        assertThat(d.get("severity").asText()).isEqualTo("warning");
        assertThat(d.get("endColumn").asInt()).isEqualTo(12);
        assertThat(d.get("fix").get("applicability").asText()).isEqualTo("safe");
        assertThat(root.get("summary").toString()).isEqualTo("{\"files\":1,\"diagnostics\":1,\"fixed\":0,\"errors\":0}");
    }

    @Test
    void jobsDoNotChangeTheOutput() throws IOException {
        for (int i = 0; i < 40; i++) {
            write("svc" + (i % 7) + "/d" + i + ".Dockerfile", "FROM alpine:" + i + "\nRUN echo " + i + "\n");
            write("svc" + (i % 5) + "/s" + i + ".sh", "echo " + i + "\nexit 0\n");
        }
        for (String format : List.of("text", "json")) {
            Run one = run(FINDINGS, "--jobs", "1", "--format", format, ".");
            Run four = run(FINDINGS, "--jobs", "4", "--format", format, ".");
            assertThat(four.out()).isEqualTo(one.out());
            assertThat(four.code()).isEqualTo(one.code()).isEqualTo(1);
        }
        assertThat(json(run(FINDINGS, "-j", "3", "--format", "json", ".").out()).get("summary").get("diagnostics").asInt())
                .isEqualTo(160);
    }

    @Test
    void outputFileIsWrittenAndStdoutStaysEmpty() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        // The missing directory is created.
        Run r = run(FINDINGS, "--format", "json", "--output", "out/report.json", ".");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        String written = Files.readString(cwd.resolve("out/report.json"));
        assertThat(json(written).get("summary").get("diagnostics").asInt()).isEqualTo(1);
        try (var files = Files.list(cwd.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
        // Colors never go to a file, even from a terminal.
        terminal = true;
        run(FINDINGS, "-o", "out/report.txt", ".");
        assertThat(Files.readString(cwd.resolve("out/report.txt"))).startsWith("Dockerfile:1:1: XX001").doesNotContain("\u001b");
    }

    @Test
    void unwritableOutputIsAnError() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        write("no", "a file where a directory is wanted\n");
        Run r = run("--output", "no/such/dir/report.json", ".");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("dlint: no/such/dir/report.json: cannot write: ");
        write("dir/Dockerfile", "FROM alpine\n");
        r = run("--output", "dir/Dockerfile/report.json", ".");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo("dlint: dir/Dockerfile/report.json: cannot write: " + cwd.resolve("dir/Dockerfile") + " is not a directory");
        assertNoStackTrace(r);
    }

    @Test
    void stdinWithAFilename() throws IOException {
        stdin = "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8);
        Run r = run(FINDINGS, "--format", "json", "--stdin-filename", "./docker/entry", "-");
        JsonNode d = json(r.out()).get("diagnostics").get(0);
        assertThat(d.get("path").asText()).isEqualTo("docker/entry");
        assertThat(d.get("message").asText()).isEqualTo("first line of SHELL_SCRIPT");

        stdin = "FROM alpine\n".getBytes(StandardCharsets.UTF_8);
        run("-", "--stdin-filename", "requirements-dev.txt");
        assertThat(linted).containsEntry("requirements-dev.txt", FileKind.REQUIREMENTS);
        run("-");
        assertThat(linted).containsEntry("<stdin>", FileKind.DOCKERFILE);
        stdin = "set -e\n".getBytes(StandardCharsets.UTF_8);
        Run implied = run("--stdin-filename", "ci/install.sh");
        assertThat(implied.code()).isZero();
        assertThat(linted).containsEntry("ci/install.sh", FileKind.SHELL_SCRIPT);
    }

    @Test
    void badStdinIsOneLine() {
        stdin = new byte[] {'a', 0, 'b'};
        Run r = run("--stdin-filename", "Dockerfile", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dlint: Dockerfile: binary file (contains NUL bytes)\n");
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).isEqualTo("dlint dev\n");
        assertThat(run("-V").out()).isEqualTo("dlint dev\n");
        // Main answers a lone --version itself; picocli answers it elsewhere (here: check's), alike.
        Run viaPicocli = run("check", "--version");
        assertThat(viaPicocli.code()).isZero();
        assertThat(viaPicocli.out()).isEqualTo(v.out());
        Run h = run("--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("Usage: dlint").contains("check").contains("Exit codes:");
        Run ch = run("check", "--help");
        assertThat(ch.out()).contains("--fail-on").contains("--stdin-filename").contains("Exit codes:");
    }

    @Test
    void usageErrorsExitWith2WithoutStackTraces() {
        for (String[] args : List.of(new String[] {"--format", "xml"}, new String[] {"--jobs", "0"},
                new String[] {"--jobs", "many"}, new String[] {"--bogus"}, new String[] {"--fail-on", "style"},
                new String[] {"--max-file-size", "-1"})) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).startsWith("dlint: ").contains("--help");
            assertThat(r.out()).isEmpty();
            assertNoStackTrace(r);
        }
        assertThat(linted).isEmpty();
    }

    @Test
    void controlCharactersInFileNamesAreEscapedOnStderr() throws IOException {
        Run r = run("evil\u001b]0;x\u0007");
        assertThat(r.err()).isEqualTo("dlint: evil\\x1b]0;x\\x07: no such file or directory\n");
        assertThat(Collections.frequency(Arrays.asList(r.err().split("")), "\u001b")).isZero();
    }

    private static void assertNoStackTrace(Run r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Caused by");
    }
}
