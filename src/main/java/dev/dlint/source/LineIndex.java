package dev.dlint.source;

import java.util.Arrays;

/**
 * Offsets of line starts in a text, for offset → (line, column) conversion by binary search.
 * A line ends at {@code \n}; a {@code \r} before it belongs to the line's terminator.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    private LineIndex(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), text.length());
    }

    /** Number of lines; a text ending in a newline has an empty last line that is counted. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of an offset (offsets past the end clamp to the last line). */
    public int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(lineStarts, clamped);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    public Position positionOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int line = lineOf(clamped);
        return new Position(line, clamped - lineStarts[line - 1] + 1);
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past the last character of a line, before its terminator. */
    public int lineEnd(int line, CharSequence text) {
        boolean terminated = line < lineStarts.length;
        int end = terminated ? lineStarts[line] - 1 : length;
        if (terminated && end > lineStarts[line - 1] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }
}
