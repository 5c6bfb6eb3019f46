package dev.dlint.model.run;

import dev.dlint.source.OffsetMap;
import dev.dlint.source.SegmentedText;
import dev.dlint.syntax.dockerfile.Command;
import dev.dlint.syntax.dockerfile.Heredoc;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import dev.dlint.syntax.shell.ParsedScript;
import dev.dlint.syntax.shell.Script;
import dev.dlint.syntax.shell.ShellScriptParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a RUN into the shell script it executes, as BuildKit hands it to the shell: the shell form
 * text; a heredoc body when the command is just {@code <<EOF}; otherwise the command line followed
 * by its heredoc bodies and terminators, so the shell sees ordinary here-documents. Exec form
 * {@code ["sh", "-c", "…"]} is parsed too. Every span maps back to the Dockerfile.
 */
public final class RunScripts {
    /** Compiled at the first RUN with a heredoc, not at the first RUN: most have none (issue #7). */
    private static final class OpenerOnly {
        static final Pattern PATTERN = Pattern.compile("[0-9]*<<-?\\s*\\S+");
    }

    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "busybox");

    private RunScripts() {
    }

    /**
     * @param shell the SHELL in effect ({@code ["/bin/sh", "-c"]} by default)
     * @return empty for exec form that runs no shell, or a RUN with no command
     */
    public static Optional<RunScript> of(Instruction.Run run, List<String> shell) {
        Command command = run.command();
        if (command == null) {
            return Optional.empty();
        }
        if (command instanceof Command.ExecForm exec) {
            return execFormScript(run, exec);
        }
        if (!isPosix(shell)) {
            return Optional.of(opaque(run));
        }
        SegmentedText text = ((Command.ShellForm) command).text();
        List<Heredoc> heredocs = run.heredocs();
        if (heredocs.isEmpty()) {
            return Optional.of(new RunScript(run, ShellScriptParser.parse(text.text(), text), false));
        }
        if (heredocs.size() == 1 && isOpenerOnly(text.text())) {
            Heredoc h = heredocs.get(0);
            if (h.content().startsWith("#!") && !isPosixShebang(h.content())) {
                return Optional.of(opaque(run));
            }
            return Optional.of(new RunScript(run, ShellScriptParser.parse(h.content(), h.contentMap()), false));
        }
        SegmentedText.Builder b = new SegmentedText.Builder();
        b.append(text);
        int end = text.toSource(text.text().length());
        for (Heredoc h : heredocs) {
            // The line break that ends the command line (or the previous terminator) stands at `end`.
            b.append("\n", end);
            b.append(h.content(), h.body().start());
            if (h.terminated()) {
                String terminatorLine = h.name();
                b.append(terminatorLine, h.terminator().end() - terminatorLine.length());
                end = h.terminator().end();
            } else {
                end = h.body().end();
            }
        }
        SegmentedText combined = b.build(end);
        return Optional.of(new RunScript(run, ShellScriptParser.parse(combined.text(), combined), false));
    }

    private static Optional<RunScript> execFormScript(Instruction.Run run, Command.ExecForm exec) {
        List<Word> args = exec.arguments();
        if (args.size() >= 3 && POSIX_SHELLS.contains(basename(args.get(0).text())) && args.get(1).text().startsWith("-")
                && args.get(1).text().contains("c")) {
            Word script = args.get(2);
            // The JSON string's text starts after its opening quote; escapes make this approximate.
            OffsetMap map = OffsetMap.shifted(script.span().start() + 1);
            return Optional.of(new RunScript(run, ShellScriptParser.parse(script.text(), map), false));
        }
        return Optional.empty();
    }

    private static RunScript opaque(Instruction.Run run) {
        return new RunScript(run, new ParsedScript(Script.empty(dev.dlint.source.Span.empty(run.span().start())), Optional.empty()), true);
    }

    static boolean isOpenerOnly(String command) {
        String c = command.trim();
        return OpenerOnly.PATTERN.matcher(c).matches();
    }

    static boolean isPosix(List<String> shell) {
        return shell.isEmpty() || POSIX_SHELLS.contains(basename(shell.get(0)).toLowerCase(Locale.ROOT));
    }

    private static boolean isPosixShebang(String content) {
        int nl = content.indexOf('\n');
        String line = nl < 0 ? content : content.substring(0, nl);
        String[] parts = line.substring(2).trim().split("\\s+");
        String interpreter = basename(parts[0]);
        if (interpreter.equals("env") && parts.length > 1) {
            interpreter = basename(parts[1]);
        }
        return POSIX_SHELLS.contains(interpreter);
    }

    private static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
