package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;

/** {@code ( list )}. */
public record Subshell(CommandList body, List<Redirect> redirects, Span span) implements Command {
    public Subshell {
        redirects = List.copyOf(redirects);
    }
}
