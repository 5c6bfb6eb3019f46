package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;

/** <code>{ list; }</code>. */
public record BraceGroup(CommandList body, List<Redirect> redirects, Span span) implements Command {
    public BraceGroup {
        redirects = List.copyOf(redirects);
    }
}
