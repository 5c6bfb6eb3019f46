package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Assignments before the command name, the words (name and arguments), and redirections wherever
 * they appear. Array assignments written as arguments ({@code declare -a A=(x y)}) are in
 * {@code assignments} too.
 */
public record SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirect> redirects, Span span)
        implements Command {
    public SimpleCommand {
        assignments = List.copyOf(assignments);
        words = List.copyOf(words);
        redirects = List.copyOf(redirects);
    }

    public Optional<Word> name() {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
    }

    /** The literal command name ({@code pip}, {@code /usr/bin/env}), when it has no expansions. */
    public Optional<String> literalName() {
        return name().flatMap(Word::literal);
    }

    public List<Word> args() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }
}
