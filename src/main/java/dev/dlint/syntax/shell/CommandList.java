package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;

/** Statements run one after the other (a script, the body of a compound command). */
public record CommandList(List<Statement> statements, Span span) {
    public CommandList {
        statements = List.copyOf(statements);
    }
}
