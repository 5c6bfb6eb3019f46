package dev.dlint.rules.shell;

import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.ScriptAnalysis;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.run.RunScript;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Heredoc;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Command;
import dev.dlint.syntax.shell.CommandSite;
import dev.dlint.syntax.shell.FunctionDef;
import dev.dlint.syntax.shell.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Facts the SH rules share that the model does not (yet) give: shell options in effect at a
 * command (from SHELL, a shebang, or {@code set}), the shebang of a script or RUN heredoc, and the
 * install scripts the RUNs of a Dockerfile execute.
 */
final class ShellFacts {
    /** Shells that know {@code -o pipefail} and the {@code set -o pipefail} builtin. */
    static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ksh", "mksh", "ash");

    private ShellFacts() {
    }

    // ------------------------------------------------------------------ options given on a command line

    /** Whether shell arguments ({@code ["/bin/bash", "-eo", "pipefail", "-c"]} minus the binary) turn pipefail on. */
    static boolean argsSetPipefail(List<String> args) {
        return argsSetOption(args, "pipefail", '\0');
    }

    /** Whether shell arguments turn errexit on ({@code -e}, {@code -euo pipefail}, {@code -o errexit}). */
    static boolean argsSetErrexit(List<String> args) {
        return argsSetOption(args, "errexit", 'e');
    }

    private static boolean argsSetOption(List<String> args, String longName, char letter) {
        boolean on = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--") || a.length() < 2 || (a.charAt(0) != '-' && a.charAt(0) != '+') || a.startsWith("--")) {
                if (a.startsWith("--")) {
                    continue;
                }
                break;
            }
            boolean set = a.charAt(0) == '-';
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if (c == 'o' && i + 1 < args.size()) {
                    if (args.get(i + 1).equals(longName)) {
                        on = set;
                    }
                } else if (letter != '\0' && c == letter) {
                    on = set;
                }
            }
            if (a.indexOf('o') > 0) {
                i++;
            }
        }
        return on;
    }

    /** The basename of a shell binary path. */
    static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return (slash < 0 ? path : path.substring(slash + 1)).toLowerCase(Locale.ROOT);
    }

    /** Whether a SHELL instruction's list turns pipefail on. */
    static boolean shellSetsPipefail(List<String> shell) {
        return !shell.isEmpty() && argsSetPipefail(shell.subList(1, shell.size()));
    }

    /** Whether a SHELL instruction's list turns errexit on. */
    static boolean shellSetsErrexit(List<String> shell) {
        return !shell.isEmpty() && argsSetErrexit(shell.subList(1, shell.size()));
    }

    // ------------------------------------------------------------------ shebangs

    /**
     * A {@code #!} line: the interpreter's basename (through {@code env} and {@code env -S}) and the
     * arguments given to it.
     */
    record Shebang(String interpreter, List<String> args, Span span) {
        boolean setsErrexit() {
            return argsSetErrexit(args);
        }

        boolean setsPipefail() {
            return argsSetPipefail(args);
        }

        boolean isBashLike() {
            return PIPEFAIL_SHELLS.contains(interpreter);
        }
    }

    /** The shebang on the first line of {@code text} ({@code offset} is where the text starts in its file). */
    static Optional<Shebang> shebang(String text, int offset) {
        if (!text.startsWith("#!")) {
            return Optional.empty();
        }
        int nl = text.indexOf('\n');
        String line = (nl < 0 ? text : text.substring(0, nl)).stripTrailing();
        List<String> parts = new ArrayList<>(List.of(line.substring(2).trim().split("\\s+")));
        if (parts.isEmpty() || parts.get(0).isEmpty()) {
            return Optional.empty();
        }
        String interpreter = basename(parts.remove(0));
        if (interpreter.equals("env")) {
            while (!parts.isEmpty() && parts.get(0).startsWith("-")) {
                parts.remove(0); // -S and friends: the rest is split into words, as we already did
            }
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            interpreter = basename(parts.remove(0));
        }
        return Optional.of(new Shebang(interpreter, List.copyOf(parts), Span.of(offset, offset + line.length())));
    }

    static Optional<Shebang> shebang(SourceFile file) {
        return shebang(file.text(), 0);
    }

    // ------------------------------------------------------------------ RUN heredocs

    /**
     * The heredoc a RUN's script is made of, when the RUN is just {@code RUN <<EOF} and the body is
     * what the shell runs (or what the shebang's interpreter runs).
     */
    static Optional<Heredoc> bodyHeredoc(Instruction.Run run, RunScript script) {
        if (run.heredocs().size() != 1 || script.opaque()) {
            return Optional.empty();
        }
        Heredoc h = run.heredocs().get(0);
        Script s = script.parsed().script();
        if (s.statements().isEmpty()) {
            return Optional.empty();
        }
        return s.statements().get(0).span().start() >= h.body().start() ? Optional.of(h) : Optional.empty();
    }

    // ------------------------------------------------------------------ set -e / set -o pipefail in the script

    /**
     * Whether a {@code set} earlier than {@code at} in the same shell leaves the option on there.
     * A {@code set} in a subshell or command substitution only counts for commands inside it; one in a
     * function body counts for the commands after it in that body.
     */
    static boolean optionOnAt(List<CommandFact> facts, Span at, CommandSite atSite, boolean pipefail) {
        boolean on = false;
        for (CommandFact f : facts) {
            if (f.span().start() >= at.start()) {
                break;
            }
            if (f instanceof CommandFact.SetOptions so) {
                Optional<Boolean> v = pipefail ? so.pipefail() : so.errexit();
                if (v.isPresent() && affects(so.site(), atSite)) {
                    on = v.get();
                }
            }
        }
        return on;
    }

    /** Whether a command at {@code setter} changes the shell that runs {@code target}. */
    private static boolean affects(CommandSite setter, CommandSite target) {
        if (!setter.inSubshell() && !setter.inFunction()) {
            return true;
        }
        if (setter.substitutionDepth() > target.substitutionDepth()) {
            return false;
        }
        List<Command> outer = setter.enclosing();
        List<Command> inner = target.enclosing();
        if (outer.size() > inner.size()) {
            return false;
        }
        for (int i = 0; i < outer.size(); i++) {
            if (outer.get(i) != inner.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether errexit is turned on anywhere in the script's own shell (outside subshells and substitutions). */
    static boolean errexitAnywhere(List<CommandFact> facts) {
        for (CommandFact f : facts) {
            if (f instanceof CommandFact.SetOptions so && so.errexit().orElse(false)
                    && !so.site().inSubshell()) {
                return true;
            }
        }
        return false;
    }

    static boolean inFunction(CommandSite site) {
        return site.enclosing().stream().anyMatch(c -> c instanceof FunctionDef);
    }

    // ------------------------------------------------------------------ install scripts run by RUNs

    /**
     * A script file a RUN executes.
     *
     * @param run         the RUN
     * @param fact        the command that runs it
     * @param script      the script, found through the COPY/ADD that brought it in
     * @param interpreter the shell that runs it: the one named on the command line, else its shebang's, else "sh"
     */
    record ReachedScript(Instruction.Run run, CommandFact.ScriptRun fact, ScriptAnalysis script, String interpreter) {
    }

    /** Every install script the Dockerfile's RUNs execute, each once (the first RUN that runs it). */
    static List<ReachedScript> reachedScripts(DockerfileAnalysis analysis) {
        List<ReachedScript> out = new ArrayList<>();
        java.util.Set<SourceFile> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Instruction.Run run : analysis.runs()) {
            for (CommandFact f : analysis.commands(run)) {
                if (!(f instanceof CommandFact.ScriptRun sr) || sr.script() == null || sr.interpreter().equals("source")) {
                    continue;
                }
                Optional<String> path = sr.script().literal();
                if (path.isEmpty()) {
                    try {
                        var expanded = analysis.model().expand(sr.script().text(), run);
                        if (expanded.isError() || !expanded.unresolved().isEmpty()) {
                            continue;
                        }
                        path = Optional.of(expanded.value());
                    } catch (RuntimeException e) {
                        continue;
                    }
                }
                Optional<ScriptAnalysis> script;
                try {
                    script = analysis.scriptAt(path.get(), run);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (script.isEmpty() || !seen.add(script.get().source())) {
                    continue;
                }
                String interpreter = sr.interpreter();
                if (interpreter.equals("direct")) {
                    interpreter = shebang(script.get().source()).map(Shebang::interpreter).orElse("sh");
                }
                out.add(new ReachedScript(run, sr, script.get(), interpreter));
            }
        }
        return out;
    }
}
