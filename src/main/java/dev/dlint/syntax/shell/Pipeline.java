package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Commands joined by {@code |} or {@code |&}; {@code pipes.get(i)} sits between command i and i+1.
 * {@code bang} is the leading {@code !} that negates the status.
 */
public record Pipeline(Optional<Operator> bang, List<Command> commands, List<Operator> pipes, Span span) {
    public Pipeline {
        commands = List.copyOf(commands);
        pipes = List.copyOf(pipes);
    }

    public boolean isPipe() {
        return commands.size() > 1;
    }
}
