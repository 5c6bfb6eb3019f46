package dev.dlint.source;

/**
 * Maps offsets in a derived text (a RUN's logical line with continuations removed, a heredoc
 * body) back to offsets in the original file, so findings inside them point at the physical
 * line and column.
 */
@FunctionalInterface
public interface OffsetMap {

    /** Source offset of the character at {@code derivedOffset} (or just past the end). */
    int toSource(int derivedOffset);

    default Span toSource(int derivedStart, int derivedEnd) {
        if (derivedEnd <= derivedStart) {
            int s = toSource(derivedStart);
            return new Span(s, s);
        }
        // The end maps through its last character so a span never swallows a removed continuation.
        return new Span(toSource(derivedStart), toSource(derivedEnd - 1) + 1);
    }

    static OffsetMap shifted(int delta) {
        return offset -> offset + delta;
    }
}
