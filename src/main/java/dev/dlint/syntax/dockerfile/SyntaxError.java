package dev.dlint.syntax.dockerfile;

import dev.dlint.source.Span;

/** What BuildKit would reject, located at the smallest span that shows it (reported as E001). */
public record SyntaxError(String message, Span span) {
}
