package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shell word: touching parts, as in {@code --prefix="$HOME"/x}.
 *
 * @param text  the raw text as written (in the parsed text; a RUN's continuations are already gone)
 * @param parts the parts in order
 * @param span  where the word is in the source file
 */
public record Word(String text, List<WordPart> parts, Span span) {
    public Word {
        parts = List.copyOf(parts);
    }

    /**
     * The value after quote removal when nothing in the word is expanded at run time (no
     * parameter, command or arithmetic expansion). Glob characters are kept as written: a pattern
     * that matches no file stays literal, and {@code pip install 'a[b]'} and {@code a[b]} mean the
     * same package to a linter.
     */
    public Optional<String> literal() {
        if (parts.size() == 1) {
            return parts.get(0).literalValue(); // most words: no builder, no copy
        }
        StringBuilder sb = new StringBuilder();
        for (WordPart p : parts) {
            Optional<String> v = p.literalValue();
            if (v.isEmpty()) {
                return Optional.empty();
            }
            sb.append(v.get());
        }
        return Optional.of(sb.toString());
    }

    /** Whether some part is expanded at run time (parameters, command substitutions, arithmetic). */
    public boolean hasExpansion() {
        return literal().isEmpty();
    }

    /** Whether some part is unquoted glob syntax. */
    public boolean hasGlob() {
        for (WordPart p : parts) {
            if (p instanceof WordPart.Glob) {
                return true;
            }
        }
        return false;
    }

    /** Whether some part is quoted. */
    public boolean isQuoted() {
        return parts.stream().anyMatch(p -> p instanceof WordPart.SingleQuoted || p instanceof WordPart.DoubleQuoted
                || p instanceof WordPart.AnsiCQuoted);
    }

    // Written out, with the values the record would generate: rules look words up in argument
    // lists, and the generated methods bootstrap method handles on first use, which costs
    // milliseconds in a fresh JVM (issue #7). The span first: it is the cheapest to tell apart.
    @Override
    public boolean equals(Object o) {
        return o instanceof Word w && Objects.equals(span, w.span) && Objects.equals(text, w.text)
                && Objects.equals(parts, w.parts);
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(text) + Objects.hashCode(parts)) * 31 + Objects.hashCode(span);
    }
}
