package dev.dlint.syntax.shell;

import dev.dlint.source.Span;

/** Why a shell text cannot be parsed, located at the first bad token (source offsets). */
public record ShellSyntaxError(String message, Span span) {
}
