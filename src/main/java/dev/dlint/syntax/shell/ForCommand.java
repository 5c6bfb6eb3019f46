package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code for NAME in words; do …; done} (also {@code select}), or the arithmetic
 * {@code for ((init; test; step))}, whose header is in {@code arithmetic}.
 *
 * @param hasIn false for {@code for NAME; do} (iterates over "$@")
 */
public record ForCommand(Optional<Word> variable, boolean hasIn, List<Word> items, Optional<ArithCommand> arithmetic,
                         CommandList body, List<Redirect> redirects, Span span) implements Command {
    public ForCommand {
        items = List.copyOf(items);
        redirects = List.copyOf(redirects);
    }
}
