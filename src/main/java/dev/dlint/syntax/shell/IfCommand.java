package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;
import java.util.Optional;

/** {@code if … then … elif … then … else … fi}: the if and elif branches in order, then the else part. */
public record IfCommand(List<Branch> branches, Optional<CommandList> elseBody, List<Redirect> redirects, Span span)
        implements Command {
    public IfCommand {
        branches = List.copyOf(branches);
        redirects = List.copyOf(redirects);
    }

    public record Branch(CommandList condition, CommandList body) {
    }
}
