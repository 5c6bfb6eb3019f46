package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;

/** {@code while cond; do …; done}, or {@code until} when {@code until} is set. */
public record WhileCommand(boolean until, CommandList condition, CommandList body, List<Redirect> redirects,
                           Span span) implements Command {
    public WhileCommand {
        redirects = List.copyOf(redirects);
    }
}
