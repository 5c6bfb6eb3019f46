package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;

/** {@code (( expression ))}; the expression is kept as text plus the expansions inside it. */
public record ArithCommand(String expression, List<WordPart> expansions, List<Redirect> redirects, Span span)
        implements Command {
    public ArithCommand {
        expansions = List.copyOf(expansions);
        redirects = List.copyOf(redirects);
    }
}
