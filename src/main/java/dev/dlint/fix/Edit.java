package dev.dlint.fix;

import dev.dlint.source.Span;

/** Replace the text at {@code span} of the diagnostic's file with {@code content}. */
public record Edit(Span span, String content) implements Comparable<Edit> {

    public static Edit insert(int offset, String content) {
        return new Edit(Span.empty(offset), content);
    }

    public static Edit delete(Span span) {
        return new Edit(span, "");
    }

    public static Edit replace(Span span, String content) {
        return new Edit(span, content);
    }

    @Override
    public int compareTo(Edit o) {
        return span.compareTo(o.span);
    }
}
