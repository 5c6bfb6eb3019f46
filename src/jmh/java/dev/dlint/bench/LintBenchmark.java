package dev.dlint.bench;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Linter;
import dev.dlint.fix.FixEngine;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.ScriptAnalysis;
import dev.dlint.model.build.BuildContext;
import dev.dlint.model.build.BuildModel;
import dev.dlint.rules.FileKind;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.Dockerfile;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import dev.dlint.syntax.shell.ParsedScript;
import dev.dlint.syntax.shell.ShellScriptParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-file cost of each pipeline stage, single-threaded, after warm-up, for a small, a typical and
 * a large input of each kind. Inputs are the files beside this class (written for the benchmark)
 * and "large", which is the typical one repeated: 20 build stages or 20 copies of the script.
 * The score is files per second: the target is ≥ 10,000 typical Dockerfiles/s through lint.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@Threads(1)
public class LintBenchmark {
    private static final int LARGE_COPIES = 20;

    @Param({"small", "typical", "large"})
    public String size;

    private SourceFile dockerfile;
    private SourceFile script;
    private Dockerfile parsedDockerfile;
    private final Linter linter = new Linter();

    @Setup
    public void load() {
        String typical = resource("typical.Dockerfile");
        String shell = resource("install.sh");
        String docker = switch (size) {
            case "small" -> resource("small.Dockerfile");
            case "typical" -> typical;
            default -> typical + typical.replace("# syntax=docker/dockerfile:1\n", "").repeat(LARGE_COPIES - 1);
        };
        String sh = switch (size) {
            case "small" -> "#!/bin/sh\nset -eu\napt-get update && apt-get install -y curl\n";
            case "typical" -> shell;
            default -> shell + shell.substring(shell.indexOf('\n') + 1).repeat(LARGE_COPIES - 1);
        };
        dockerfile = SourceFile.of(size + ".Dockerfile", docker);
        script = SourceFile.of(size + ".sh", sh);
        parsedDockerfile = DockerfileSyntax.parse(dockerfile);
    }

    @Benchmark
    public Dockerfile parseDockerfile() {
        return DockerfileSyntax.parse(dockerfile);
    }

    /** The build model (stages, state, COPY resolution) and every RUN's shell and command facts. */
    @Benchmark
    public Object modelDockerfile() {
        DockerfileAnalysis analysis = new DockerfileAnalysis(parsedDockerfile, BuildContext.unknown());
        BuildModel model = analysis.model();
        return analysis.allCommands().size() + model.hashCode();
    }

    /** Parse, model and all rules: what one file costs in a scan. */
    @Benchmark
    public FileResult lintDockerfile() {
        return linter.lint(dockerfile, FileKind.DOCKERFILE);
    }

    /** Lint, apply every fix (unsafe ones too) and re-lint until nothing changes. */
    @Benchmark
    public FixEngine.Outcome fixDockerfile() {
        return new FixEngine(true).fix(dockerfile, f -> linter.lint(f, FileKind.DOCKERFILE).diagnostics());
    }

    @Benchmark
    public ParsedScript parseScript() {
        return ShellScriptParser.parse(script);
    }

    @Benchmark
    public int modelScript() {
        return new ScriptAnalysis(script).commands().size();
    }

    @Benchmark
    public FileResult lintScript() {
        return linter.lint(script, FileKind.SHELL_SCRIPT);
    }

    @Benchmark
    public FixEngine.Outcome fixScript() {
        return new FixEngine(true).fix(script, f -> linter.lint(f, FileKind.SHELL_SCRIPT).diagnostics());
    }

    /** A benchmark input beside this class. */
    static String resource(String name) {
        try (InputStream in = LintBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark input " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
