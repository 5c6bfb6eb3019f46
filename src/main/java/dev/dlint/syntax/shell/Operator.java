package dev.dlint.syntax.shell;

import dev.dlint.source.Span;

/** An operator token as written ({@code |}, {@code &&}, {@code ;}, {@code !}, a newline …) and where it is. */
public record Operator(String text, Span span) {
}
