package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;

/** A whole script (or the inside of a command substitution): a list of statements. */
public record Script(CommandList body, Span span) {

    public static Script empty(Span span) {
        return new Script(new CommandList(List.of(), span), span);
    }

    public List<Statement> statements() {
        return body.statements();
    }

    /**
     * Every simple command in source order, including those nested in compound commands,
     * functions and command substitutions, each with its surroundings.
     */
    public List<CommandSite> simpleCommands() {
        return ShellWalk.simpleCommands(this);
    }
}
