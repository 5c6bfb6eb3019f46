package dev.dlint.bench;

import dev.dlint.source.OffsetMap;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.Utf16CharStream;
import dev.dlint.syntax.dockerfile.Command;
import dev.dlint.syntax.dockerfile.Dockerfile;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.ShellScriptParser;
import dev.dlint.syntax.shell.antlr.ShellLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the front end alone costs for the typical Dockerfile, in microseconds per file, against the
 * 100 µs per file that issue #7's 10,000 files/s target allows for everything (parse, model and
 * all rules): the ANTLR lexing of the file, the lexing of its RUN scripts by the shell lexer, and
 * the whole shell parse of those scripts (lexer, parser, AST). {@code LintBenchmark.parseDockerfile}
 * is the Dockerfile's full parse.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@Threads(1)
public class FrontEndBenchmark {
    private SourceFile dockerfile;
    private final List<String> runScripts = new ArrayList<>();

    @Setup
    public void load() {
        dockerfile = SourceFile.of("typical.Dockerfile", LintBenchmark.resource("typical.Dockerfile"));
        Dockerfile parsed = DockerfileSyntax.parse(dockerfile);
        for (Instruction i : parsed.instructions()) {
            if (i instanceof Instruction.Run run && run.command() instanceof Command.ShellForm shell) {
                runScripts.add(shell.text().text());
            }
        }
        if (runScripts.isEmpty()) {
            throw new IllegalStateException("the typical Dockerfile has no shell-form RUN");
        }
    }

    /** The Dockerfile lexer over the whole file: the first ANTLR pass every lint makes. */
    @Benchmark
    public int lexDockerfile() {
        return DockerfileSyntax.tokens(dockerfile).size();
    }

    /** The shell lexer over the file's RUN scripts: the second ANTLR pass over the same text. */
    @Benchmark
    public int lexRunScripts() {
        int tokens = 0;
        for (String script : runScripts) {
            ShellLexer lexer = new ShellLexer(new Utf16CharStream(script));
            lexer.removeErrorListeners();
            while (lexer.nextToken().getType() != Token.EOF) {
                tokens++;
            }
        }
        return tokens;
    }

    /** The file's RUN scripts through the whole shell front end (lexer, parser, AST). */
    @Benchmark
    public int parseRunScripts() {
        int statements = 0;
        for (String script : runScripts) {
            statements += ShellScriptParser.parse(script, OffsetMap.shifted(0)).script().statements().size();
        }
        return statements;
    }
}
