package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;

/** {@code [[ … ]]}, kept loosely: its words in order (operators such as {@code &&} and {@code (} left out). */
public record CondCommand(List<Word> words, List<Redirect> redirects, Span span) implements Command {
    public CondCommand {
        words = List.copyOf(words);
        redirects = List.copyOf(redirects);
    }
}
