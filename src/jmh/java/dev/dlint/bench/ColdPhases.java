package dev.dlint.bench;

import dev.dlint.config.LintSettings;
import dev.dlint.config.Suppressions;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.BuildContext;
import dev.dlint.report.Report;
import dev.dlint.report.TextFormatter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.Rule;
import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReader;
import dev.dlint.syntax.dockerfile.Dockerfile;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import dev.dlint.syntax.dockerfile.Instruction;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first lint of one Dockerfile in a fresh JVM, split into the pipeline's phases, for finding
 * where cold-start time goes (issue #7). Prints one {@code phase<TAB>microseconds} line per phase
 * (each rule on its own line), then {@code findings<TAB>N}. Run it in a new JVM each time, with the
 * launcher's flags and archive, and take medians (bench/README.md). Same steps as
 * {@code engine.Linter}, one phase at a time: the ANTLR recognizers' class initialisers (their ATN
 * deserialisation) are timed apart from the parses that first use them.
 */
public final class ColdPhases {
    private final StringBuilder out = new StringBuilder();
    private long start = System.nanoTime();

    private ColdPhases() {
    }

    public static void main(String[] args) throws Exception {
        ColdPhases p = new ColdPhases();
        int findings = p.lintOnce(Path.of(args[0]));
        System.out.print(p.out);
        System.out.println("findings\t" + findings);
    }

    private void lap(String phase) {
        long now = System.nanoTime();
        out.append(phase).append('\t').append((now - start) / 1000).append('\n');
        start = now;
    }

    private int lintOnce(Path path) throws Exception {
        LintSettings settings = LintSettings.defaults();
        lap("settings+rule-registry");
        SourceFile file = new SourceReader().read(path, path.toString());
        lap("read");
        touch(dev.dlint.syntax.dockerfile.antlr.DockerfileLexer._ATN, dev.dlint.syntax.dockerfile.antlr.DockerfileParser._ATN);
        lap("dockerfile-antlr-init");
        Dockerfile dockerfile = DockerfileSyntax.parse(file);
        lap("dockerfile-parse");
        DockerfileAnalysis analysis = new DockerfileAnalysis(dockerfile, BuildContext.forDockerfile(path));
        analysis.model();
        lap("build-model");
        touch(dev.dlint.syntax.shell.antlr.ShellLexer._ATN, dev.dlint.syntax.shell.antlr.ShellParser._ATN);
        lap("shell-antlr-init");
        for (Instruction.Run run : analysis.runs()) {
            analysis.script(run);
        }
        lap("shell-parse");
        for (Instruction.Run run : analysis.runs()) {
            analysis.commands(run);
        }
        lap("command-recognition");
        List<Diagnostic> raw = new ArrayList<>();
        for (Rule rule : settings.rules()) {
            if (rule instanceof DockerfileRule r) {
                r.check(new DockerfileContext(r.meta(), analysis, settings.optionsOf(r.meta()), raw));
                lap("rule " + r.meta().code());
            }
        }
        Suppressions suppressions = Suppressions.of(dockerfile);
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : raw) {
            if (!suppressions.suppresses(d)) {
                kept.add(d);
            }
        }
        kept.sort(Diagnostic.ORDER);
        lap("suppress+sort");
        new TextFormatter(false, false).write(new Report("bench", kept, 1, 0, 0), new StringWriter());
        lap("text-report");
        return kept.size();
    }

    /** Reading a recognizer's static ATN runs its class initialiser. */
    private static void touch(Object lexerAtn, Object parserAtn) {
        if (lexerAtn == null || parserAtn == null) {
            throw new IllegalStateException("ANTLR recognizer not initialised");
        }
    }
}
