package dev.dlint.rules.pin;

import dev.dlint.model.ScriptAnalysis;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.FindingSink;
import dev.dlint.rules.ScriptContext;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Instruction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The command scopes a command-level pin rule looks at: each RUN of a Dockerfile, each install
 * script a RUN executes (found through the COPY/ADD or bind mount that put it there), and a
 * standalone script. Findings in a reached script are reported in that script's file.
 */
final class CommandScopes {

    /** Where one scope's findings go. */
    interface Reporter {
        void report(Span span, String message);
    }

    /** One scope: its commands in source order, the file they are in, and how to report there. */
    record Scope(List<CommandFact> commands, SourceFile file, Reporter reporter, boolean script) {
    }

    interface Check {
        void check(Scope scope);
    }

    private CommandScopes() {
    }

    static void forDockerfile(DockerfileContext context, Check check) {
        Set<String> seenScripts = new HashSet<>();
        for (Instruction.Run run : context.analysis().runs()) {
            List<CommandFact> facts = context.analysis().commands(run);
            check.check(new Scope(facts, context.source(), new SinkReporter(context), false));
            for (CommandFact f : facts) {
                if (!(f instanceof CommandFact.ScriptRun sr) || sr.script() == null) {
                    continue;
                }
                String path = sr.script().literal().orElse(null);
                if (path == null || path.isEmpty()) {
                    continue;
                }
                ScriptAnalysis script = context.analysis().scriptAt(path, run).orElse(null);
                if (script == null) {
                    continue;
                }
                String key = script.source().displayPath();
                if (!seenScripts.add(key)) {
                    continue;
                }
                SourceFile file = script.source();
                check.check(new Scope(script.commands(), file,
                        (span, message) -> context.report(file, span, message, null, List.of()), true));
            }
        }
    }

    static void forScript(ScriptContext context, Check check) {
        check.check(new Scope(context.analysis().commands(), context.analysis().source(), sink(context), true));
    }

    private static Reporter sink(FindingSink sink) {
        return new SinkReporter(sink);
    }

    /** A class, not a method reference: each such call site costs a linkage on the first lint of a JVM. */
    private record SinkReporter(FindingSink sink) implements Reporter {
        @Override
        public void report(Span span, String message) {
            sink.report(span, message);
        }
    }
}
