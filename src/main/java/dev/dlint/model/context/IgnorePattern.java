package dev.dlint.model.context;

import dev.dlint.source.Span;

/**
 * One pattern line of a .dockerignore.
 *
 * @param text      the line as written, trimmed (with its {@code !})
 * @param cleaned   the pattern after BuildKit's clean-up ({@code filepath.Clean}, leading {@code /} dropped), without {@code !}
 * @param exception true for a {@code !} line, which re-includes what earlier lines excluded
 * @param line      1-based line number in the file
 * @param span      the trimmed text's offsets in the file
 */
public record IgnorePattern(String text, String cleaned, boolean exception, int line, Span span) {
}
