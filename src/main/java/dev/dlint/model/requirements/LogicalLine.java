package dev.dlint.model.requirements;

import dev.dlint.source.Span;

/**
 * Physical lines joined at trailing backslashes, with the file offset of every character so
 * that tokens of the joined text map back to exact spans in the file.
 */
final class LogicalLine {
    private final String text;
    private final int[] offsets;
    private final Span span;

    LogicalLine(String text, int[] offsets, Span span) {
        this.text = text;
        this.offsets = offsets;
        this.span = span;
    }

    String text() {
        return text;
    }

    /** The whole logical line in the file. */
    Span span() {
        return span;
    }

    /** File span of the joined text's {@code [from, to)}. */
    Span spanOf(int from, int to) {
        if (from >= to) {
            int at = from < offsets.length ? offsets[from] : span.end();
            return Span.empty(at);
        }
        return Span.of(offsets[from], offsets[to - 1] + 1);
    }
}
