package dev.dlint.syntax.dockerfile;

import dev.dlint.source.Span;
import java.util.Optional;

/**
 * A leading {@code --name[=value]} word of an instruction. Quotes are removed from the value and
 * escapes resolved, as BuildKit's flag splitter does.
 *
 * @param value     null for a bare {@code --name}
 * @param valueSpan the span of the text after {@code =} (empty at the end of the flag when bare)
 */
public record Flag(String name, String value, Span span, Span valueSpan) {

    public Optional<String> optionalValue() {
        return Optional.ofNullable(value);
    }

    /** The flag as BuildKit's dump prints it: {@code --name=value} or {@code --name}. */
    public String display() {
        return value == null ? "--" + name : "--" + name + "=" + value;
    }
}
