package dev.dlint.syntax.dockerfile;

import dev.dlint.source.Span;

/** A parser directive at the top of the file: {@code # syntax=…}, {@code # escape=…}, {@code # check=…}. */
public record Directive(String key, String value, Span span) {
}
