package dev.dlint.report;

/** Output formats of {@code dlint check --format}. */
public enum Format {
    TEXT, JSON, SARIF, GITHUB, CHECKSTYLE, GITLAB, JUNIT
}
