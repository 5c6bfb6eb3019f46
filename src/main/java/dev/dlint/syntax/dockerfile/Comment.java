package dev.dlint.syntax.dockerfile;

import dev.dlint.source.Span;

/** A comment line; {@code text} starts at the {@code #}. */
public record Comment(String text, Span span) {
}
