package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;

/** A simple command or a compound command (with the redirections written after it). */
public sealed interface Command permits SimpleCommand, Subshell, BraceGroup, IfCommand, ForCommand,
        WhileCommand, CaseCommand, FunctionDef, ArithCommand, CondCommand {

    Span span();

    List<Redirect> redirects();
}
