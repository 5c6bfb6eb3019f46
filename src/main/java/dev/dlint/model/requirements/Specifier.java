package dev.dlint.model.requirements;

import dev.dlint.source.Span;

/** One version clause such as {@code >=1.2} or {@code ==1.*}. */
public record Specifier(String operator, String version, Span span) {

    public boolean isWildcard() {
        return version.endsWith(".*");
    }

    @Override
    public String toString() {
        return operator + version;
    }
}
