package dev.dlint.source;

/** A 1-based line and a 1-based column counted in UTF-16 code units. */
public record Position(int line, int column) {
}
