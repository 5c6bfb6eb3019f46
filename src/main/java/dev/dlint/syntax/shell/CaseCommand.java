package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;
import java.util.Optional;

/** {@code case word in pattern) …;; esac}. */
public record CaseCommand(Word subject, List<Item> items, List<Redirect> redirects, Span span) implements Command {
    public CaseCommand {
        items = List.copyOf(items);
        redirects = List.copyOf(redirects);
    }

    /** One arm: its patterns, its body (empty list when none) and its terminator ({@code ;;}, {@code ;&}, {@code ;;&}). */
    public record Item(List<Word> patterns, CommandList body, Optional<Operator> terminator, Span span) {
        public Item {
            patterns = List.copyOf(patterns);
        }
    }
}
