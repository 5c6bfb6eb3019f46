package dev.dlint.syntax.dockerfile;

import dev.dlint.source.Span;
import java.util.Objects;

/**
 * An argument as it stands in the logical line: raw text (quotes and escapes kept, as BuildKit's
 * line layer keeps them; JSON strings decoded) and the span it covers in the file. A word split by
 * a continuation has a span over both physical lines.
 */
public record Word(String text, Span span) {

    // Written out, with the values the record would generate: COPY resolution keys sets by word,
    // and the generated methods bootstrap method handles on first use, which costs milliseconds in
    // a fresh JVM (issue #7).
    @Override
    public boolean equals(Object o) {
        return o instanceof Word w && Objects.equals(span, w.span) && Objects.equals(text, w.text);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(text) + Objects.hashCode(span);
    }
}
