package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code NAME=value}, {@code NAME+=value}, {@code NAME[i]=value} or {@code NAME=(a b)}.
 *
 * @param name     the variable name (without an index)
 * @param append   written with {@code +=}
 * @param value    the scalar value (an empty word for {@code NAME=}); empty for arrays
 * @param elements the elements of an array assignment
 */
public record Assignment(String name, boolean append, Optional<Word> value, boolean array,
                         List<Word> elements, Span span) {
    public Assignment {
        elements = List.copyOf(elements);
    }
}
