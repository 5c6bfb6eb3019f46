package dev.dlint.syntax.dockerfile;

import dev.dlint.source.Span;

/**
 * An argument as it stands in the logical line: raw text (quotes and escapes kept, as BuildKit's
 * line layer keeps them; JSON strings decoded) and the span it covers in the file. A word split by
 * a continuation has a span over both physical lines.
 */
public record Word(String text, Span span) {
}
