package dev.dlint.model.expand;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of expanding one word. On error {@code value} is empty and {@code words} is empty,
 * as BuildKit discards partial results; the referenced names seen before the error are kept so a
 * rule can still tell which variables the word depends on.
 *
 * @param value      the word after expansion and quote removal (ProcessWord)
 * @param words      the same input split into words the way ProcessWords does
 * @param referenced every variable name looked up, in lookup order (a nested default is
 *                   looked up before the variable it belongs to)
 * @param unresolved the looked-up names the environment did not define
 * @param error      why BuildKit would reject the word, if it would
 */
public record ExpandResult(String value, List<String> words, Set<String> referenced, Set<String> unresolved,
                           Optional<String> error) {

    public ExpandResult {
        words = List.copyOf(words);
        referenced = Collections.unmodifiableSet(new LinkedHashSet<>(referenced));
        unresolved = Collections.unmodifiableSet(new LinkedHashSet<>(unresolved));
    }

    public boolean isError() {
        return error.isPresent();
    }
}
