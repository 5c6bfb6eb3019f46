package dev.dlint.syntax.shell;

import dev.dlint.source.Span;

/**
 * A here-document.
 *
 * @param delimiter      the delimiter after quote removal
 * @param quoted         the delimiter was quoted, so the body is not expanded
 * @param stripTabs      written {@code <<-}
 * @param delimiterSpan  the delimiter word after the operator
 * @param body           the body lines (each with its newline), without the terminator line
 * @param bodySpan       where the body is (empty, at the terminator, for an empty body)
 * @param terminated     whether the terminator line was found
 */
public record ShellHeredoc(String delimiter, boolean quoted, boolean stripTabs, Span delimiterSpan,
                           String body, Span bodySpan, boolean terminated) {
}
