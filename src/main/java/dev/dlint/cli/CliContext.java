package dev.dlint.cli;

import dev.dlint.config.LintSettings;
import dev.dlint.engine.BatchLinter;
import dev.dlint.engine.Linter;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * What a run of the CLI sees of the outside world, so tests can run {@link Main} in-process with
 * their own streams, environment, working directory and terminal.
 *
 * @param terminal       whether stdout is a terminal (colors are only used then)
 * @param linters        makes the linter for the resolved settings; the one place where {@link Linter} is constructed
 * @param stderrTerminal whether stderr is a terminal (progress is only shown then)
 */
public record CliContext(InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> env,
                         Path cwd, boolean terminal, Function<LintSettings, BatchLinter.FileLinter> linters,
                         boolean stderrTerminal) {

    /** A context whose stderr is not a terminal. */
    public CliContext(InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> env,
                      Path cwd, boolean terminal, Function<LintSettings, BatchLinter.FileLinter> linters) {
        this(stdin, stdout, stderr, env, cwd, terminal, linters, false);
    }

    public static CliContext system() {
        return new CliContext(System.in, System.out, System.err, System.getenv(),
                Path.of("").toAbsolutePath(), System.console() != null, new DefaultLinters(),
                Terminals.stderrIsTerminal());
    }

    /**
     * The production linter. A class, not a method reference: the first lambda of a run costs the
     * JVM's method-handle set-up, which a plain {@code check} otherwise need not pay this early.
     */
    static final class DefaultLinters implements Function<LintSettings, BatchLinter.FileLinter> {
        @Override
        public BatchLinter.FileLinter apply(LintSettings settings) {
            return new Linter(settings);
        }
    }

    public CliContext withLinters(Function<LintSettings, BatchLinter.FileLinter> l) {
        return new CliContext(stdin, stdout, stderr, env, cwd, terminal, l, stderrTerminal);
    }

    public CliContext withStderrTerminal(boolean tty) {
        return new CliContext(stdin, stdout, stderr, env, cwd, terminal, linters, tty);
    }
}
