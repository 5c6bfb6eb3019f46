package dev.dlint.report;

import java.util.Locale;

/** Output formats of {@code dlint check --format}. */
public enum Format {
    TEXT, JSON, SARIF, GITHUB, CHECKSTYLE, GITLAB, JUNIT;

    /**
     * The format a {@code --format} value names (case-insensitive, blanks around it ignored), or
     * null. A loop, not {@code valueOf}: that builds the enum's name table reflectively, which a
     * cold check would pay for (issue #7).
     */
    public static Format byName(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
