package dev.dlint.model.commands;

import dev.dlint.source.Span;
import dev.dlint.syntax.shell.CommandSite;
import dev.dlint.syntax.shell.SimpleCommand;
import dev.dlint.syntax.shell.Word;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A simple command seen through its wrappers: what every {@link CommandFact} keeps.
 *
 * @param site     where the command is (pipeline, and-or list, enclosing compounds)
 * @param command  the simple command
 * @param env      environment given to the tool: prefix assignments ({@code PIP_NO_CACHE_DIR=1 pip …}) and
 *                 {@code env X=1}; the value is empty when it is expanded at run time
 * @param wrappers the wrapper words seen through ({@code sudo}, {@code -E}, {@code env} …), in order
 * @param argv     the tool's words: its name first, then its arguments
 */
public record Invocation(CommandSite site, SimpleCommand command, Map<String, Optional<String>> env,
                         List<Word> wrappers, List<Word> argv) {
    public Invocation {
        env = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
        wrappers = List.copyOf(wrappers);
        argv = List.copyOf(argv);
    }

    public Span span() {
        return command.span();
    }

    /** The tool's name word, or null when only wrappers or assignments are written. */
    public Word name() {
        return argv.isEmpty() ? null : argv.get(0);
    }

    /** The last path component of the tool's name ({@code pip} of {@code /opt/venv/bin/pip}), or "". */
    public String program() {
        return argv.isEmpty() ? "" : Words.basename(argv.get(0));
    }

    public List<Word> args() {
        return argv.isEmpty() ? List.of() : argv.subList(1, argv.size());
    }
}
