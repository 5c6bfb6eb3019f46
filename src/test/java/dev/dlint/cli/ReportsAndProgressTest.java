package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.engine.BatchLinter;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Linter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several reports from one run ({@code --report FORMAT=FILE}), --statistics in json, and progress on stderr. */
class ReportsAndProgressTest {
    @TempDir
    Path cwd;

    record Run(int code, String out, String err) {
    }

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private CliContext context(BatchLinter.FileLinter linter) {
        outBytes.reset();
        errBytes.reset();
        return new CliContext(new ByteArrayInputStream(new byte[0]), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), Map.of(), cwd, false, s -> linter);
    }

    private Run runWith(CliContext ctx, String... args) {
        int code = Main.run(args, ctx);
        return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... args) {
        return runWith(context(countingRealLinter(new AtomicInteger())), args);
    }

    /** The real linter, counting how many files it is asked to lint. */
    private static BatchLinter.FileLinter countingRealLinter(AtomicInteger calls) {
        Linter linter = new Linter();
        return (file, kind) -> {
            calls.incrementAndGet();
            return linter.lint(file, kind);
        };
    }

    @BeforeEach
    void cacheBustingProject() throws Exception {
        Files.writeString(cwd.resolve("Dockerfile"), "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\n");
        Files.writeString(cwd.resolve("requirements.txt"), "flask==3.0.3\n");
    }

    @Test
    void severalReportsFromOneLintPass() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Run r = runWith(context(countingRealLinter(calls)), "check", "--format", "github",
                "--report", "sarif=out/dlint.sarif", "--report", "json=dlint.json",
                "--report", "checkstyle=checkstyle.xml", "--report", "junit=junit.xml", ".");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(calls.get()).as("each file is linted once, whatever the number of reports").isEqualTo(2);
        assertThat(r.out()).startsWith("::").contains("title=CA101");
        ObjectMapper json = new ObjectMapper();
        JsonNode sarif = json.readTree(cwd.resolve("out/dlint.sarif").toFile());
        JsonNode report = json.readTree(cwd.resolve("dlint.json").toFile());
        List<String> sarifRules = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(n -> sarifRules.add(n.get("ruleId").asText()));
        List<String> jsonRules = new ArrayList<>();
        report.get("diagnostics").forEach(n -> jsonRules.add(n.get("code").asText()));
        assertThat(sarifRules).isNotEmpty().containsExactlyInAnyOrderElementsOf(jsonRules);
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        assertThat(xml.parse(cwd.resolve("checkstyle.xml").toFile()).getElementsByTagName("error").getLength())
                .isEqualTo(jsonRules.size());
        assertThat(xml.parse(cwd.resolve("junit.xml").toFile()).getElementsByTagName("failure").getLength())
                .isEqualTo(jsonRules.size());
        try (var files = Files.list(cwd)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary files left behind")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aReportCanGoToStdoutWhenTheMainOneGoesToAFile() throws Exception {
        Run r = run("check", "--format", "sarif", "--output", "dlint.sarif", "--report", "text=-", "--no-color", ".");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Dockerfile:3:1: CA101").contains("Found 3 problems");
        assertThat(Files.readString(cwd.resolve("dlint.sarif"))).contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void mismatchedReportsAreUsageErrors() throws Exception {
        record Bad(List<String> args, String message) {
        }
        for (Bad bad : List.of(
                new Bad(List.of("--report", "sarif"), "'sarif' is not FORMAT=FILE"),
                new Bad(List.of("--report", "xml=a.xml"), "unknown format 'xml'"),
                new Bad(List.of("--report", "json="), "'json=' names no file (use json=- for standard output)"),
                new Bad(List.of("--report", "json=-"), "--format text and --report json=- both write to standard output"),
                new Bad(List.of("--report", "json=-", "--report", "sarif=-", "-o", "x.txt"),
                        "--report json=- and --report sarif=- both write to standard output"),
                new Bad(List.of("--output", "r.json", "--report", "sarif=./r.json"), "--output r.json and --report sarif=./r.json write the same file"),
                new Bad(List.of("--format", "json", "--format", "sarif"), "add them with --report FORMAT=FILE"),
                new Bad(List.of("--output", "a", "--output", "b"), "should be specified only once"),
                new Bad(List.of("--diff", "--report", "sarif=a.sarif"), "--report cannot be combined with --diff"),
                new Bad(List.of("--statistics", "--format", "gitlab"), "--statistics needs a text or json report"))) {
            List<String> args = new ArrayList<>(List.of("check"));
            args.addAll(bad.args());
            args.add("Dockerfile");
            Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).contains(bad.message()).contains("Try 'dlint check --help'");
            assertThat(r.out()).isEmpty();
        }
        try (var files = Files.list(cwd)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("a usage error writes no report")
                    .containsExactlyInAnyOrder("Dockerfile", "requirements.txt");
        }
    }

    @Test
    void aReportThatCannotBeWrittenIsExit2AndTheOthersAreStillWritten() throws Exception {
        Files.createDirectories(cwd.resolve("taken.sarif"));
        Run r = run("check", "--format", "json", "--output", "dlint.json", "--report", "sarif=taken.sarif", ".");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("dlint: taken.sarif: cannot write: is a directory");
        assertThat(Files.readString(cwd.resolve("dlint.json"))).contains("\"CA101\"");
    }

    @Test
    void statisticsInJsonAddsCountsAndKeepsTheFindings() throws Exception {
        Run r = run("check", "--format", "json", "--statistics", "Dockerfile");
        assertThat(r.code()).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("diagnostics")).hasSize(3);
        JsonNode stats = doc.get("statistics");
        int total = 0;
        List<String> codes = new ArrayList<>();
        for (JsonNode row : stats) {
            total += row.get("count").asInt();
            codes.add(row.get("code").asText());
            assertThat(row.get("name").asText()).matches("[a-z-]+");
            assertThat(row.get("fixable").asInt()).isBetween(0, row.get("count").asInt());
        }
        assertThat(total).isEqualTo(3);
        assertThat(codes).containsExactly("CA101", "CA102", "CA106");
        // Without --statistics the JSON contract is unchanged.
        assertThat(new ObjectMapper().readTree(run("check", "--format", "json", "Dockerfile").out()).has("statistics")).isFalse();
        // --statistics with text on stdout and sarif in a file: the SARIF is the normal one.
        Run mixed = run("check", "--statistics", "--no-color", "--report", "sarif=s.sarif", "Dockerfile");
        assertThat(mixed.out()).containsPattern("(?m)^ +1 CA101 copy-before-install$");
        assertThat(new ObjectMapper().readTree(cwd.resolve("s.sarif").toFile()).at("/runs/0/results")).hasSize(3);
    }

    // ---- progress

    @Test
    void progressIsWantedOnlyOnAnInteractiveStderr() {
        assertThat(Progress.wanted(true, false, false, Map.of("TERM", "xterm"), 10)).isTrue();
        assertThat(Progress.wanted(true, false, false, Map.of(), 10)).isTrue();
        assertThat(Progress.wanted(false, false, false, Map.of("TERM", "xterm"), 10)).as("stderr is a pipe or file").isFalse();
        assertThat(Progress.wanted(true, true, false, Map.of(), 10)).as("--quiet").isFalse();
        assertThat(Progress.wanted(true, false, true, Map.of(), 10)).as("--no-progress").isFalse();
        assertThat(Progress.wanted(true, false, false, Map.of("TERM", "dumb"), 10)).as("TERM=dumb").isFalse();
        assertThat(Progress.wanted(true, false, false, Map.of(), 1)).as("a single file").isFalse();
        assertThat(Terminals.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminals.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminals.isTerminalDevice("pipe:[12345]")).isFalse();
        assertThat(Terminals.isTerminalDevice("/tmp/log.txt")).isFalse();
        assertThat(Terminals.isTerminalDevice("/dev/null")).isFalse();
    }

    @Test
    void progressRendersInPlaceThrottledAndIsErasedAtTheEnd() {
        StringWriter sink = new StringWriter();
        AtomicLong now = new AtomicLong(1_000);
        Progress p = new Progress(new PrintWriter(sink), 12, now::get, 200, 100);
        p.fileDone();                              // t=0: before the delay, nothing
        now.addAndGet(250);
        p.fileDone();                              // 2/12 drawn
        now.addAndGet(50);
        p.fileDone();                              // 3/12 within the interval: skipped
        now.addAndGet(60);
        p.fileDone();                              // 4/12 drawn
        for (int i = 5; i <= 12; i++) {
            p.fileDone();                          // within the interval, but 12/12 is always drawn
        }
        p.finish();
        String line = "checked 12/12 files";
        assertThat(sink.toString()).isEqualTo("\rchecked 2/12 files" + "\rchecked 4/12 files" + "\r" + line
                + "\r" + " ".repeat(line.length()) + "\r");
    }

    @Test
    void aQuickRunDrawsNothing() {
        StringWriter sink = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintWriter(sink), 3, now::get, 200, 100);
        p.fileDone();
        p.fileDone();
        p.fileDone();
        p.finish();
        assertThat(sink.toString()).isEmpty();
    }

    /** A slow linter (60 ms a file, one job) makes the run long enough to show progress. */
    private CliContext slowRun(boolean stderrTerminal) throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.writeString(cwd.resolve("s" + i + ".sh"), "#!/bin/sh\necho " + i + "\n");
        }
        BatchLinter.FileLinter slow = (file, kind) -> {
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FileResult(file, List.of());
        };
        return context(slow).withStderrTerminal(stderrTerminal);
    }

    @Test
    void aTerminalStderrShowsProgressAndStdoutNeverDoes() throws Exception {
        Run r = runWith(slowRun(true), "check", "--jobs", "1", "--no-color", ".");
        assertThat(r.code()).isZero();
        assertThat(r.err()).startsWith("\rchecked ").contains("/8 files").endsWith("\r").doesNotContain("\n");
        String[] frames = r.err().split("\r");
        assertThat(frames[frames.length - 1].trim()).as("the last frame erases the line").isEmpty();
        assertThat(r.out()).doesNotContain("\r").doesNotContain("checked").isEqualTo("All checks passed.\n");
    }

    @Test
    void stderrThatIsNotATerminalStaysEmpty() throws Exception {
        Run r = runWith(slowRun(false), "check", "--jobs", "1", ".");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        Run quiet = runWith(slowRun(true), "check", "--jobs", "1", "--quiet", ".");
        assertThat(quiet.err()).isEmpty();
        Run off = runWith(slowRun(true), "check", "--jobs", "1", "--no-progress", ".");
        assertThat(off.err()).isEmpty();
    }
}
