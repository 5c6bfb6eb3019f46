package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.Optional;

/**
 * One and-or list with the separator that ends it: {@code ;}, {@code &} (run in the background),
 * a newline, or none (the last statement of a list).
 */
public record Statement(AndOr andOr, Optional<Operator> separator, Span span) {

    public boolean background() {
        return separator.map(s -> s.text().equals("&")).orElse(false);
    }
}
