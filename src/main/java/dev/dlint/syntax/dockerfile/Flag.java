package dev.dlint.syntax.dockerfile;

import dev.dlint.source.Span;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The value read as BuildKit's comma-separated {@code key=value} list ({@code --mount=type=cache,target=/x}):
     * keys lower-cased, surrounding quotes removed from values, a bare key maps to "". Empty for a bare flag.
     */
    public Map<String, String> fields() {
        if (value == null) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : value.split(",")) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            fields.put(key, eq < 0 ? "" : unquote(field.substring(eq + 1).trim()));
        }
        return Collections.unmodifiableMap(fields);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The flag as BuildKit's dump prints it: {@code --name=value} or {@code --name}. */
    public String display() {
        return value == null ? "--" + name : "--" + name + "=" + value;
    }
}
