package dev.dlint.rules.cache;

import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.ScriptAnalysis;
import dev.dlint.model.build.State;
import dev.dlint.model.build.Variable;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.CommandRecognizer;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.ParsedScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a RUN executes: its own commands, the commands of the install scripts it runs (followed
 * through COPY to the build context, a few levels deep) and of inline {@code sh -c '…'} scripts,
 * each with the environment it sees.
 */
final class RunCommands {
    private static final int MAX_DEPTH = 3;
    private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "ksh", "dash", "ash", "mksh", "source",
            "direct");

    /**
     * One command.
     *
     * @param file  where it is written: the Dockerfile or a script
     * @param inRun whether it is written in the RUN itself (an edit of the RUN can change it)
     * @param env   the environment it sees: ARG/ENV visible at the RUN, {@code export}s before it,
     *              its own prefix assignments; an empty value is unknown
     */
    record Located(CommandFact fact, SourceFile file, boolean inRun, Map<String, Optional<String>> env) {
        Optional<String> value(String name) {
            Optional<String> v = env.get(name);
            return v == null ? Optional.empty() : v;
        }

        boolean isSet(String name) {
            return env.containsKey(name);
        }
    }

    private final List<Located> commands = new ArrayList<>();
    private boolean unresolvedScript;

    private RunCommands() {
    }

    /** What {@code run} executes; computed once per file and RUN, shared by the rules that ask. */
    static RunCommands of(DockerfileAnalysis analysis, Instruction.Run run) {
        return analysis.perRun(RunCommands.class, run, new Compute(analysis));
    }

    /** A class, not a lambda: a lambda's call site costs a linkage on the first lint of a JVM. */
    private record Compute(DockerfileAnalysis analysis) implements Function<Instruction.Run, RunCommands> {
        @Override
        public RunCommands apply(Instruction.Run run) {
            return compute(analysis, run);
        }
    }

    private static RunCommands compute(DockerfileAnalysis analysis, Instruction.Run run) {
        RunCommands out = new RunCommands();
        State state = analysis.model().stateBefore(run);
        Map<String, Optional<String>> env = new LinkedHashMap<>();
        for (Variable v : state.variables().values()) {
            env.put(v.name(), Optional.ofNullable(v.value()));
        }
        env.putIfAbsent("HOME", Optional.of(state.home()));
        out.walk(analysis, run, analysis.commands(run), analysis.source(), true, env, 0, new HashSet<>());
        return out;
    }

    List<Located> commands() {
        return Collections.unmodifiableList(commands);
    }

    /** Whether the RUN runs a script dlint could not find or read (its commands are unknown). */
    boolean unresolvedScript() {
        return unresolvedScript;
    }

    private void walk(DockerfileAnalysis analysis, Instruction.Run run, List<CommandFact> facts, SourceFile file,
                      boolean inRun, Map<String, Optional<String>> env, int depth, Set<String> seen) {
        Map<String, Optional<String>> current = new LinkedHashMap<>(env);
        for (CommandFact f : facts) {
            Map<String, Optional<String>> mine = new LinkedHashMap<>(current);
            mine.putAll(f.env());
            commands.add(new Located(f, file, inRun, mine));
            if (f instanceof CommandFact.Export e && !f.site().inSubshell() && !f.site().inFunction()) {
                for (CommandFact.Export.Exported x : e.variables()) {
                    if (x.value() != null) {
                        current.put(x.name(), x.value().literal());
                    }
                }
            }
            if (f instanceof CommandFact.ScriptRun s && !SHELLS.contains(s.interpreter())) {
                unresolvedScript = true; // python, node …: not followed
            } else if (f instanceof CommandFact.ScriptRun s && depth < MAX_DEPTH) {
                if (s.inlineScript() != null) {
                    Optional<ParsedScript> inline = s.parseInline();
                    if (inline.isPresent()) {
                        walk(analysis, run, CommandRecognizer.recognizeAll(inline.get().script()), file, inRun, mine,
                                depth + 1, seen);
                    }
                } else if (s.script() != null) {
                    Optional<String> path = s.script().literal();
                    Optional<ScriptAnalysis> script = path.flatMap(p -> analysis.scriptAt(p, run));
                    if (script.isEmpty()) {
                        unresolvedScript = true;
                    } else if (seen.add(script.get().source().displayPath())) {
                        walk(analysis, run, script.get().commands(), script.get().source(), false, mine, depth + 1,
                                seen);
                    }
                } else {
                    unresolvedScript = true; // read from stdin: curl … | sh
                }
            }
        }
    }
}
