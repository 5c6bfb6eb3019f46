package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;

/** {@code name() compound-command} or {@code function name compound-command}; redirections belong to the body. */
public record FunctionDef(String name, Span nameSpan, Command body, Span span) implements Command {

    @Override
    public List<Redirect> redirects() {
        return body.redirects();
    }
}
