package dev.dlint.source;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a {@link SourceFile}'s text.
 * Every syntax node carries one; line and column are derived from it, never stored.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public static Span empty(int at) {
        return new Span(at, at);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    // Written out, with the values the record would generate: spans are compared and hashed all
    // over the pipeline, and the generated methods bootstrap method handles on first use, which
    // costs milliseconds in a fresh JVM (issue #7).
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && start == s.start && end == s.end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
